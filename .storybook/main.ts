import type { StorybookConfig } from '@storybook/react-vite'
import type { UserConfig } from 'vite'

const config: StorybookConfig = {
  framework: { name: '@storybook/react-vite', options: {} },
  stories: ['../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-vitest', 'msw-storybook-addon'],
  // mockServiceWorker.js lives in public/ (msw's workerDirectory).
  staticDirs: ['../public'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  async viteFinal(viteConfig) {
    const { mergeConfig } = await import('vite')
    const extra: UserConfig = {
      build: {
        chunkSizeWarningLimit: 2000,
        rolldownOptions: {
          // radix-ui starts every module with 'use client': dozens of harmless MODULE_LEVEL_DIRECTIVE warnings.
          onwarn(warning, warn) {
            if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return
            warn(warning)
          },
        },
      },
    }
    return mergeConfig(viteConfig, extra)
  },
}

// Storybook reads the default export (the one sanctioned exception to named exports).
export default config
