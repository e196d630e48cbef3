/** A port on 127.0.0.1 that nothing listens on now, for a server started by a test. */
export { freePort } from '../../src/net/free-port.ts';
