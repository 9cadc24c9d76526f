import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { Builder, By, Key, type WebDriver } from 'selenium-webdriver';
import { poll, type Engine, type Tab } from './tab.ts';

export const WEBKIT_DRIVER = process.env['WEBKIT_DRIVER_PATH'] ?? '/usr/bin/WebKitWebDriver';
export const MINIBROWSER = process.env['MINIBROWSER_PATH'] ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/**
 * WebKit as Safari's engine on Linux: Debian's WebKitWebDriver driving MiniBrowser, under a
 * virtual X display (xvfb-run), over classic WebDriver with selenium-webdriver.
 */
export async function webkitEngine(): Promise<Engine> {
  const port = await freePort();
  // xvfb-run's own process group, so closing ends Xvfb and the driver together.
  const server: ChildProcess = spawn('xvfb-run', ['-a', WEBKIT_DRIVER, `--port=${port}`], { stdio: 'ignore', detached: true });
  const url = `http://127.0.0.1:${port}`;
  await poll(async () => (await fetch(`${url}/status`)).ok, 'WebKitWebDriver to listen', 20_000);
  const drivers: WebDriver[] = [];
  return {
    name: 'WebKit',
    async open(viewport) {
      const driver = await new Builder()
        .usingServer(url)
        .withCapabilities({ browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] } })
        .build();
      drivers.push(driver);
      await driver.manage().window().setRect(viewport);
      const find = async (selector: string) => {
        const element = await driver.findElement(By.css(selector));
        // WebKit's driver clicks where the element is without scrolling to it first.
        await driver.executeScript('arguments[0].scrollIntoView({ block: "center" })', element);
        return element;
      };
      const tab: Tab = {
        goto: (to) => driver.get(to),
        value: (expression) => driver.executeScript(`return (${expression});`),
        waitFor: (expression, timeoutMs) => poll(async () => Boolean(await driver.executeScript(`return (${expression});`)), expression, timeoutMs),
        click: async (selector) => (await find(selector)).click(),
        type: async (selector, text) => (await find(selector)).sendKeys(text),
        press: (key) => driver.actions().sendKeys(key === 'Escape' ? Key.ESCAPE : key).perform(),
      };
      return tab;
    },
    async close() {
      await Promise.all(drivers.map((driver) => driver.quit().catch(() => undefined)));
      if (server.pid) process.kill(-server.pid, 'SIGTERM');
    },
  };
}
