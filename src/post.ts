/** The action's post step: log out of every registry the build logged in to, whatever happened. */
import * as core from '@actions/core';

/** The state key main.ts saves the registries under. */
export const registriesState = 'registries';

export async function post(): Promise<void> {
  const servers = JSON.parse(core.getState(registriesState) || '[]') as string[];
  if (servers.length === 0) return;
  const [{ dockerClient }, { logout }] = await Promise.all([import('./container/docker-cli.ts'), import('./container/docker.ts')]);
  const docker = dockerClient({});
  for (const server of servers) {
    const result = await logout(docker, server);
    // A failed logout must not fail the job after the fact; it is said in the log.
    if (!result.ok) core.warning(`Could not log out of ${server}.`);
    else core.info(`Logged out of ${server}.`);
  }
}
