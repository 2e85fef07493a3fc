#!/usr/bin/env bash
# Services the test suites need on a fresh machine. (PostgreSQL is added by the server issue.)
exit 0
