import { buildHostBundle, HOST_BUNDLE_ENV } from './host-bundle';

/** Once per Playwright run: bundle the browser-mode host from the current source (see e2e/host-bundle.ts). */
export default async function globalSetup(): Promise<void> {
  // Workers inherit the environment the global setup leaves behind.
  process.env[HOST_BUNDLE_ENV] = await buildHostBundle();
}
