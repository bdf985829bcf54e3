// Shared setup for browser tests: serve out/ on a free loopback port and open Chromium.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { startStaticServer } from '../../scripts/static-server';
import { launchChromium } from './chromium';

export interface Site {
  url: string;
  browser: Browser;
  close: () => Promise<void>;
}

export async function openSite(root = path.join(__dirname, '..', '..', 'out'), basePath = ''): Promise<Site> {
  const server: Server = await startStaticServer({ root, port: 0, basePath });
  const { port } = server.address() as AddressInfo;
  const browser = await launchChromium();
  return {
    url: `http://127.0.0.1:${port}${basePath}`,
    browser,
    close: async () => {
      await browser.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
