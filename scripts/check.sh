#!/usr/bin/env bash
# The full check: installs what a fresh machine lacks (Chromium, node_modules), then typecheck,
# lint, build, package checks and every test suite. Ends with one line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
export CI="${CI:-true}" STORYBOOK_DISABLE_TELEMETRY=1 NEXT_TELEMETRY_DISABLED=1
failures=0
check_start=$SECONDS
step() {
  local start=$SECONDS
  echo "::: $*"
  if "$@"; then echo "::: ok ($((SECONDS - start)) s): $*"; else echo "::: FAILED ($((SECONDS - start)) s): $*"; failures=$((failures + 1)); fi
}

# 1. What a fresh machine lacks.
if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = 0 ]; then
    step bash -c 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null'
  else
    step bash -c 'sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null'
  fi
fi
bash scripts/ensure-services.sh || failures=$((failures + 1))
step node scripts/check-lock-optional.mjs
if [ "${SKIP_INSTALL:-}" != 1 ]; then
  step npm ci --no-audit --no-fund --loglevel=error
fi

# 2. Static checks and the package.
step npm run -s typecheck
step npm run -s lint
step npm run -s format:check
step npm run -s build
step npx publint --strict
step npx attw --pack . --format ascii
step node scripts/check-package.mjs
step node scripts/check-docs-hover.mjs
step node scripts/check-consumer-types.mjs
step node scripts/check-docs-snippets.mjs
step node scripts/gen-props-tables.mjs --check
step npx size-limit
# A small smoke of `npm run bench` (CI is not a benchmark: the figures are not compared).
step npm run -s bench -- --smoke

# 3. Every test suite, once (one vitest run covers the unit, node, browser and storybook projects).
mkdir -p reports
rm -f reports/vitest.json reports/vitest.projects.json reports/vitest-dates.json reports/vitest-dates.projects.json \
  reports/vitest-react18.json reports/vitest-react18.projects.json
echo "::: vitest run"
test_start=$SECONDS
npx vitest run --reporter=default --reporter=json --outputFile.json=reports/vitest.json \
  --reporter=./scripts/vitest-projects-reporter.mjs
echo "::: vitest finished ($((SECONDS - test_start)) s)"
# The date-dependent suites again at fixed dates and time zones (vitest.dates.config.ts).
echo "::: vitest date matrix"
test_start=$SECONDS
npx vitest run --config vitest.dates.config.ts --reporter=dot --reporter=json \
  --outputFile.json=reports/vitest-dates.json --reporter=./scripts/vitest-projects-reporter.mjs
echo "::: vitest date matrix finished ($((SECONDS - test_start)) s)"
# The unit hook and component suites again on React 18.3 (a second install of the peers).
step npm ci --prefix test/react18 --no-audit --no-fund --loglevel=error
echo "::: vitest on React 18"
test_start=$SECONDS
npx vitest run --config vitest.react18.config.ts --reporter=dot --reporter=json \
  --outputFile.json=reports/vitest-react18.json --reporter=./scripts/vitest-projects-reporter.mjs
echo "::: vitest on React 18 finished ($((SECONDS - test_start)) s)"
step npm run -s build-storybook

# The consumer examples from the packed tarball: install, real build, start, smoke test in
# Chromium (React 19 and the Vite example on React 18). Its own closing line is added below.
examples_passed=0
examples_failed=0
if [ "${SKIP_EXAMPLES:-}" != 1 ]; then
  echo "::: examples (scripts/check-examples.mjs)"
  test_start=$SECONDS
  node scripts/check-examples.mjs | tee reports/examples.txt
  echo "::: examples finished ($((SECONDS - test_start)) s)"
  examples_line=$(tail -1 reports/examples.txt)
  examples_passed=$(echo "$examples_line" | sed -nE 's/^([0-9]+) passed.*/\1/p')
  examples_failed=$(echo "$examples_line" | sed -nE 's/^[0-9]+ passed, ([0-9]+) failed.*/\1/p')
  examples_passed=${examples_passed:-0}
  examples_failed=${examples_failed:-1}
fi

# 4. One closing line summing every suite; each failed static step counts as one failure.
# Each project's wall time and test counts, then the summed line (always its last line).
node scripts/test-summary.mjs reports/vitest.json reports/vitest-dates.json reports/vitest-react18.json >reports/summary.txt
sed '$d' reports/summary.txt
summary=$(tail -1 reports/summary.txt)
passed=$(echo "$summary" | sed -nE 's/^([0-9]+) passed.*/\1/p')
failed=$(echo "$summary" | sed -nE 's/^[0-9]+ passed, ([0-9]+) failed.*/\1/p')
skipped=$(echo "$summary" | sed -nE 's/.*, ([0-9]+) skipped.*/\1/p')
passed=$(( ${passed:-0} + examples_passed ))
failed=$(( ${failed:-1} + failures + examples_failed ))
echo "examples: ${examples_passed} passed, ${examples_failed} failed"
echo "wall time: $((SECONDS - check_start)) s in all"
[ "$passed" -eq 0 ] && [ "$failed" -eq 0 ] && failed=1
[ "$failures" -gt 0 ] && echo "($failures non-test step(s) failed; see ::: FAILED above)"
echo "${passed} passed, ${failed} failed${skipped:+, ${skipped} skipped}"
[ "$failed" -eq 0 ]
