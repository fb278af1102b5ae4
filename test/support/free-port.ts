import { createServer } from 'node:net';

/** A port of 127.0.0.1 the operating system says is free right now (for a process the test starts). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) =>
    server.close(() => {
      resolve();
    }),
  );
  if (typeof address !== 'object' || address === null) throw new Error('The operating system gave no free port.');
  return address.port;
}
