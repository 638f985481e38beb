// One cadre's phone for a test file: the built app served under a sub-path, a fresh
// Chromium profile at phone size, and the app opened on its home screen.
import { before, after, afterEach } from 'node:test';
import { serve } from './server.mjs';
import { phone, assertNoPageErrors } from './browser.mjs';
import { App } from './pages.mjs';

export async function openApp(dist = process.env.BAKTI_DIST ?? 'dist') {
  const server = await serve(dist);
  const context = await phone();
  const page = await context.newPage();
  const app = new App(page, server.url);
  await app.open();
  return {
    server,
    context,
    page,
    app,
    close: async () => {
      await context.close();
      await server.close();
    },
  };
}

/** Opens the app before the file's tests and closes it after; `use` receives it. */
export function sessionForFile(use) {
  let session;
  before(async () => {
    session = await openApp();
    use(session);
  });
  afterEach(() => assertNoPageErrors(session?.context));
  after(async () => {
    await session?.close();
  });
}
