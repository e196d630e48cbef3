/** The fake's answers, in the shapes of the description's resources (app, release, formation) and Heroku's error body. */
import type { App, HerokuState, Process, Release } from './state.ts';

export const fakeUser = { id: '5b3c1f6e-2f6a-4c38-9d33-6a1d8c2e7f10', email: 'deployer@example.com' };
const region = { id: '59accabd-516d-4f0e-83e6-6e3757701145', name: 'us' };
const stacks: Record<string, string> = { container: '69bee368-352b-4bd0-9b7c-819d860a2588', 'heroku-24': 'b5a5a6a4-8f16-4b5b-8b8e-0c1e38e0e3ad' };

/** Heroku's error body: a machine-readable id and a message for people. */
export function error(id: string, message: string): { id: string; message: string } {
  return { id, message };
}

export function appBody(state: HerokuState, app: App): Record<string, unknown> {
  const current = state.current(app);
  const stack = { id: stacks[app.stack] ?? stacks.container, name: app.stack };
  return {
    acm: false,
    archived_at: null,
    buildpack_provided_description: null,
    build_stack: stack,
    created_at: app.createdAt,
    generation: { id: 'c5a4c8a1-6a2b-4d11-8c8f-2b1b1f0f6b4e', name: 'cedar' },
    git_url: `https://git.heroku.com/${app.name}.git`,
    id: app.id,
    internal_routing: null,
    maintenance: false,
    name: app.name,
    owner: fakeUser,
    organization: null,
    team: null,
    region,
    released_at: current?.createdAt ?? null,
    repo_size: null,
    slug_size: null,
    space: null,
    stack,
    updated_at: app.updatedAt,
    web_url: state.webUrl(app),
  };
}

export function releaseBody(state: HerokuState, app: App, release: Release): Record<string, unknown> {
  return {
    addon_plan_names: [],
    artifacts: [],
    app: { id: app.id, name: app.name },
    created_at: release.createdAt,
    description: release.description,
    id: release.id,
    updated_at: release.updatedAt,
    slug: null,
    status: release.status,
    user: fakeUser,
    version: release.version,
    current: state.current(app) === release,
    output_stream_url: null,
    eligible_for_rollback: release.status === 'succeeded',
  };
}

export function formationBody(app: App, process: Process): Record<string, unknown> {
  return {
    app: { id: app.id, name: app.name },
    // A Docker image runs its own CMD; Heroku shows no Procfile command for it.
    command: '',
    created_at: process.createdAt,
    dyno_size: { id: 'e0fa8f3f-4b8b-4b0f-8c55-4f3b2f5c1d2a', name: process.size },
    id: process.id,
    quantity: process.quantity,
    size: process.size,
    type: process.type,
    updated_at: process.updatedAt,
  };
}
