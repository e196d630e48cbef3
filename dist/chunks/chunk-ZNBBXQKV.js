import { createRequire as __createRequire } from 'node:module';const require = __createRequire(import.meta.url);

// src/net/free-port.ts
import { createServer } from "node:net";
function freePort(host = "127.0.0.1") {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, host, () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

export {
  freePort
};
