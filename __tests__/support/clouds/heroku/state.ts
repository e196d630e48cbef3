/**
 * What the fake Heroku holds: apps, their config vars, their formation and their releases. A
 * release records what it runs (the image of each process type, by id) and the config vars it had,
 * so a rollback release runs exactly those again. A release is pending until the app's releases
 * have been looked at twice (two polls), then its web image is started; once it answers it
 * succeeds, becomes the current release, and the app's router sends the web URL's traffic to it.
 */
import { randomUUID } from 'node:crypto';
import { Router, startContainer, waitForContainer, type RunningContainer } from '../runtime.ts';

export type ReleaseStatus = 'pending' | 'succeeded' | 'failed';

export interface Release {
  id: string;
  version: number;
  description: string;
  status: ReleaseStatus;
  /** The image of each process type, by id (sha256:…). */
  images: Record<string, string>;
  configVars: Record<string, string>;
  createdAt: string;
  updatedAt: string;
  /** Times the app's releases were read while this one was pending. */
  looks: number;
  container?: RunningContainer;
}

export interface Process {
  id: string;
  type: string;
  quantity: number;
  size: string;
  image?: string;
  createdAt: string;
  updatedAt: string;
}

export interface App {
  id: string;
  name: string;
  stack: string;
  createdAt: string;
  updatedAt: string;
  configVars: Record<string, string>;
  formation: Map<string, Process>;
  releases: Release[];
  router: Router;
  /** Release steps of this app run one at a time, in the order asked. */
  queue: Promise<unknown>;
}

/** Looks before a pending release is started. */
const looksToStart = 2;

export class HerokuState {
  readonly apps = new Map<string, App>();
  private readonly containers = new Set<RunningContainer>();
  private readonly stopping = new Set<Promise<void>>();

  async createApp(name: string, stack = 'container'): Promise<App> {
    const now = new Date().toISOString();
    const app: App = {
      id: randomUUID(),
      name,
      stack,
      createdAt: now,
      updatedAt: now,
      configVars: {},
      formation: new Map(),
      releases: [],
      router: new Router(() => undefined),
      queue: Promise.resolve(),
    };
    // The web URL serves whatever the current release runs: nothing (503) until an image runs.
    app.router = new Router(() => this.current(app)?.container?.url);
    await app.router.start();
    this.apps.set(name, app);
    this.release(app, 'Initial release', {}, 'succeeded');
    return app;
  }

  /** An app by name or id. */
  find(identity: string): App | undefined {
    return this.apps.get(identity) ?? [...this.apps.values()].find((app) => app.id === identity);
  }

  webUrl(app: App): string {
    return `${app.router.url}/`;
  }

  /** The newest release that succeeded. */
  current(app: App): Release | undefined {
    return app.releases
      .filter((release) => release.status === 'succeeded')
      .reduce<Release | undefined>((newest, release) => (newest && newest.version > release.version ? newest : release), undefined);
  }

  /** A new release of the app's formation images and config vars as they are now. */
  release(app: App, description: string, images = this.images(app), status: ReleaseStatus = 'pending'): Release {
    const now = new Date().toISOString();
    const release: Release = {
      id: randomUUID(),
      version: app.releases.length + 1,
      description,
      status,
      images,
      configVars: { ...app.configVars },
      createdAt: now,
      updatedAt: now,
      looks: 0,
    };
    app.releases.push(release);
    app.updatedAt = now;
    return release;
  }

  images(app: App): Record<string, string> {
    return Object.fromEntries([...app.formation.values()].flatMap((process) => (process.image ? [[process.type, process.image]] : [])));
  }

  /** Sets config vars (null removes one) and releases them. */
  setConfigVars(app: App, changes: Record<string, string | null>): Release {
    for (const [name, value] of Object.entries(changes)) {
      if (value === null) delete app.configVars[name];
      else app.configVars[name] = value;
    }
    return this.release(app, `Set ${Object.keys(changes).join(', ')} config vars`);
  }

  /** Sets the image of process types and releases them; new process types start with one web dyno. */
  releaseImages(app: App, updates: { type: string; image: string }[]): Release {
    const now = new Date().toISOString();
    for (const { type, image } of updates) {
      const process = app.formation.get(type) ?? { id: randomUUID(), type, quantity: type === 'web' ? 1 : 0, size: 'Basic', createdAt: now, updatedAt: now };
      process.image = image;
      process.updatedAt = now;
      app.formation.set(type, process);
    }
    const names = updates.map(({ type, image }) => `${type} (${image.replace(/^sha256:/, '').slice(0, 12)})`);
    return this.release(app, `Deployed ${names.join(', ')}`);
  }

  /** A new release running what `target` ran, with the config vars it had. */
  rollback(app: App, target: Release): Release {
    app.configVars = { ...target.configVars };
    for (const process of app.formation.values()) delete process.image;
    for (const [type, image] of Object.entries(target.images)) {
      const process = app.formation.get(type);
      if (process) process.image = image;
    }
    return this.release(app, `Rollback to v${target.version}`, { ...target.images });
  }

  /**
   * The app's releases were read: each pending one has been looked at once more. Those looked at
   * enough start, newest first: the newest whose web image answers becomes current and the older
   * ones are superseded without running; one that cannot start fails, as a failed release phase
   * would, and leaves the release before it serving.
   */
  look(app: App): Promise<void> {
    const step = app.queue.then(async () => {
      const pending = app.releases.filter((release) => release.status === 'pending');
      for (const release of pending) release.looks += 1;
      const ready = pending.filter((release) => release.looks >= looksToStart).sort((a, b) => b.version - a.version);
      let started = false;
      for (const release of ready) {
        if (!started) {
          const problem = await this.run(release);
          release.status = problem ? 'failed' : 'succeeded';
          if (problem) release.description = `${release.description}: ${problem}`;
          started = !problem;
        } else release.status = 'succeeded';
        release.updatedAt = new Date().toISOString();
      }
      if (started) this.stopAllBut(app, this.current(app));
    });
    app.queue = step.catch(() => undefined);
    return step;
  }

  /** Starts the release's web image with its config vars (the runtime sets PORT); why it failed, if it did. */
  private async run(release: Release): Promise<string | undefined> {
    const image = release.images.web;
    if (!image) return undefined;
    let container: RunningContainer | undefined;
    try {
      container = await startContainer(image, release.configVars);
      this.containers.add(container);
      await waitForContainer(container, '/', 60_000);
      release.container = container;
      return undefined;
    } catch (error) {
      await container?.stop();
      return `the web process did not start: ${(error as Error).message.split('\n')[0]}`;
    }
  }

  /** Stops the containers of releases that no longer serve, in the background: the engine takes seconds to remove one. */
  private stopAllBut(app: App, keep: Release | undefined): void {
    for (const release of app.releases) {
      if (release === keep || !release.container) continue;
      const container = release.container;
      delete release.container;
      this.containers.delete(container);
      const stopping = container.stop().finally(() => this.stopping.delete(stopping));
      this.stopping.add(stopping);
    }
  }

  async close(): Promise<void> {
    await Promise.all([...this.containers].map((container) => container.stop()));
    this.containers.clear();
    await Promise.all([...this.stopping]);
    await Promise.all([...this.apps.values()].map((app) => app.router.close()));
  }
}
