// The JSON GitHub returns for each record. Field sets follow the documented response schemas
// (checked in the server's tests), with API URLs pointing at the fake so clients that follow
// `url` fields stay local.
import type { Account, GitHubApp, TokenGrant } from './identities.ts';
import type { CheckRunRecord, CommentRecord, IssueRecord, LabelRecord, RepoRecord } from './state.ts';

export interface Urls {
  api: string;
  web: string;
}

type Json = Record<string, unknown>;

function nodeId(kind: string, id: number): string {
  return Buffer.from(`${kind}:${id}`).toString('base64url');
}

export function userJson(account: Account, urls: Urls): Json {
  const api = `${urls.api}/users/${encodeURIComponent(account.login)}`;
  return {
    login: account.login,
    id: account.id,
    node_id: nodeId(account.type, account.id),
    avatar_url: `https://avatars.githubusercontent.com/u/${account.id}?v=4`,
    gravatar_id: '',
    url: api,
    html_url: account.app ? `${urls.web}/apps/${account.app.slug}` : `${urls.web}/${account.login}`,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type: account.type,
    site_admin: false,
    user_view_type: 'public',
  };
}

const APP_CREATED = '2018-07-30T09:30:17Z';

export function appJson(app: GitHubApp, urls: Urls): Json {
  return {
    id: app.id,
    slug: app.slug,
    node_id: nodeId('Integration', app.id),
    client_id: `Iv1.${app.id.toString(16).padStart(16, '0')}`,
    owner: userJson({ login: app.ownerLogin, id: app.ownerId, type: 'Organization' }, urls),
    name: app.name,
    description: 'Automate your workflow from idea to production',
    external_url: 'https://help.github.com/en/actions',
    html_url: `${urls.web}/apps/${app.slug}`,
    created_at: APP_CREATED,
    updated_at: APP_CREATED,
    permissions: { checks: 'write', issues: 'write', pull_requests: 'write', metadata: 'read' },
    events: ['check_run', 'issue_comment', 'pull_request', 'push'],
  };
}

/** Shapes `repository`, `full-repository` and `nullable-repository` share; extra fields are allowed. */
export function repoJson(repo: RepoRecord, urls: Urls, grant?: TokenGrant): Json {
  const u = `${urls.api}/repos/${repo.fullName}`;
  const html = `${urls.web}/${repo.fullName}`;
  const openIssues = [...repo.issues.values()].filter((i) => i.state === 'open').length;
  return {
    id: repo.id,
    node_id: nodeId('Repository', repo.id),
    name: repo.name,
    full_name: repo.fullName,
    owner: userJson(repo.owner, urls),
    private: repo.private,
    visibility: repo.private ? 'private' : 'public',
    html_url: html,
    description: repo.description,
    fork: repo.fork,
    url: u,
    archive_url: `${u}/{archive_format}{/ref}`,
    assignees_url: `${u}/assignees{/user}`,
    blobs_url: `${u}/git/blobs{/sha}`,
    branches_url: `${u}/branches{/branch}`,
    collaborators_url: `${u}/collaborators{/collaborator}`,
    comments_url: `${u}/comments{/number}`,
    commits_url: `${u}/commits{/sha}`,
    compare_url: `${u}/compare/{base}...{head}`,
    contents_url: `${u}/contents/{+path}`,
    contributors_url: `${u}/contributors`,
    deployments_url: `${u}/deployments`,
    downloads_url: `${u}/downloads`,
    events_url: `${u}/events`,
    forks_url: `${u}/forks`,
    git_commits_url: `${u}/git/commits{/sha}`,
    git_refs_url: `${u}/git/refs{/sha}`,
    git_tags_url: `${u}/git/tags{/sha}`,
    hooks_url: `${u}/hooks`,
    issue_comment_url: `${u}/issues/comments{/number}`,
    issue_events_url: `${u}/issues/events{/number}`,
    issues_url: `${u}/issues{/number}`,
    keys_url: `${u}/keys{/key_id}`,
    labels_url: `${u}/labels{/name}`,
    languages_url: `${u}/languages`,
    merges_url: `${u}/merges`,
    milestones_url: `${u}/milestones{/number}`,
    notifications_url: `${u}/notifications{?since,all,participating}`,
    pulls_url: `${u}/pulls{/number}`,
    releases_url: `${u}/releases{/id}`,
    stargazers_url: `${u}/stargazers`,
    statuses_url: `${u}/statuses/{sha}`,
    subscribers_url: `${u}/subscribers`,
    subscription_url: `${u}/subscription`,
    tags_url: `${u}/tags`,
    teams_url: `${u}/teams`,
    trees_url: `${u}/git/trees{/sha}`,
    clone_url: `${html}.git`,
    git_url: `git://github.com/${repo.fullName}.git`,
    ssh_url: `git@github.com:${repo.fullName}.git`,
    svn_url: html,
    mirror_url: null,
    homepage: null,
    language: null,
    forks: 0,
    forks_count: 0,
    stargazers_count: 0,
    watchers: 0,
    watchers_count: 0,
    size: 0,
    default_branch: repo.defaultBranch,
    open_issues: openIssues,
    open_issues_count: openIssues,
    is_template: false,
    topics: [],
    has_issues: true,
    has_projects: true,
    has_wiki: true,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    archived: false,
    disabled: false,
    license: null,
    pushed_at: repo.createdAt,
    created_at: repo.createdAt,
    updated_at: repo.createdAt,
    network_count: 0,
    subscribers_count: 0,
    ...(grant && { permissions: permissionsJson(grant) }),
  };
}

function permissionsJson(grant: TokenGrant): Json {
  const write = grant.access === 'write';
  return { admin: false, maintain: false, push: write, triage: write, pull: true };
}

export function labelJson(label: LabelRecord, repo: RepoRecord, urls: Urls): Json {
  return {
    id: label.id,
    node_id: nodeId('Label', label.id),
    url: `${urls.api}/repos/${repo.fullName}/labels/${encodeURIComponent(label.name)}`,
    name: label.name,
    description: label.description,
    color: label.color,
    default: false,
  };
}

export function issueLabelsJson(issue: IssueRecord, repo: RepoRecord, urls: Urls): Json[] {
  return issue.labels.flatMap((name) => {
    const label = repo.labels.get(name.toLowerCase());
    return label ? [labelJson(label, repo, urls)] : [];
  });
}

function issueHtmlUrl(repo: RepoRecord, issue: IssueRecord, urls: Urls): string {
  return `${urls.web}/${repo.fullName}/${issue.pull ? 'pull' : 'issues'}/${issue.number}`;
}

export function commentJson(comment: CommentRecord, issue: IssueRecord, repo: RepoRecord, urls: Urls): Json {
  return {
    id: comment.id,
    node_id: nodeId('IssueComment', comment.id),
    url: `${urls.api}/repos/${repo.fullName}/issues/comments/${comment.id}`,
    html_url: `${issueHtmlUrl(repo, issue, urls)}#issuecomment-${comment.id}`,
    issue_url: `${urls.api}/repos/${repo.fullName}/issues/${issue.number}`,
    body: comment.body,
    user: userJson(comment.author, urls),
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
    author_association: comment.author.login === repo.owner.login ? 'OWNER' : 'NONE',
    performed_via_github_app: comment.app ? appJson(comment.app, urls) : null,
  };
}

function branchJson(tip: { ref: string; sha: string; repo: string }, repo: RepoRecord | undefined, urls: Urls): Json {
  return {
    label: `${tip.repo.split('/')[0]}:${tip.ref}`,
    ref: tip.ref,
    sha: tip.sha,
    user: repo ? userJson(repo.owner, urls) : null,
    repo: repo ? repoJson(repo, urls) : null,
  };
}

export function pullRequestJson(issue: IssueRecord, repo: RepoRecord, urls: Urls, lookupRepo: (fullName: string) => RepoRecord | undefined): Json {
  const pull = issue.pull;
  if (!pull) throw new Error(`#${issue.number} is not a pull request`);
  const api = `${urls.api}/repos/${repo.fullName}`;
  const self = `${api}/pulls/${issue.number}`;
  const html = issueHtmlUrl(repo, issue, urls);
  const comments = [...repo.comments.values()].filter((c) => c.issueNumber === issue.number).length;
  const link = (href: string) => ({ href });
  return {
    url: self,
    id: issue.number + repo.id * 1000,
    node_id: nodeId('PullRequest', issue.number + repo.id * 1000),
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: `${api}/issues/${issue.number}`,
    commits_url: `${self}/commits`,
    review_comments_url: `${self}/comments`,
    review_comment_url: `${api}/pulls/comments{/number}`,
    comments_url: `${api}/issues/${issue.number}/comments`,
    statuses_url: `${api}/statuses/${pull.head.sha}`,
    number: issue.number,
    state: issue.state,
    locked: false,
    title: issue.title,
    user: userJson(issue.author, urls),
    body: issue.body,
    labels: issueLabelsJson(issue, repo, urls),
    milestone: null,
    active_lock_reason: null,
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    closed_at: null,
    merged_at: null,
    merge_commit_sha: null,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: branchJson(pull.head, lookupRepo(pull.head.repo), urls),
    base: branchJson(pull.base, repo, urls),
    _links: {
      self: link(self),
      html: link(html),
      issue: link(`${api}/issues/${issue.number}`),
      comments: link(`${api}/issues/${issue.number}/comments`),
      review_comments: link(`${self}/comments`),
      review_comment: link(`${api}/pulls/comments{/number}`),
      commits: link(`${self}/commits`),
      statuses: link(`${api}/statuses/${pull.head.sha}`),
    },
    author_association: 'CONTRIBUTOR',
    auto_merge: null,
    draft: pull.draft,
    merged: pull.merged,
    mergeable: true,
    rebaseable: true,
    mergeable_state: 'clean',
    merged_by: null,
    comments,
    review_comments: 0,
    maintainer_can_modify: false,
    commits: 1,
    additions: 0,
    deletions: 0,
    changed_files: 0,
  };
}

export function checkRunJson(run: CheckRunRecord, repo: RepoRecord, urls: Urls): Json {
  const url = `${urls.api}/repos/${repo.fullName}/check-runs/${run.id}`;
  const pulls = [...repo.issues.values()].filter((i) => i.pull?.head.sha === run.headSha);
  return {
    id: run.id,
    node_id: nodeId('CheckRun', run.id),
    head_sha: run.headSha,
    external_id: run.externalId ?? '',
    url,
    html_url: `${urls.web}/${repo.fullName}/runs/${run.id}`,
    details_url: run.detailsUrl ?? `${urls.web}/${repo.fullName}/runs/${run.id}`,
    status: run.status,
    conclusion: run.conclusion,
    started_at: run.startedAt,
    completed_at: run.completedAt,
    output: {
      title: run.output.title,
      summary: run.output.summary,
      text: run.output.text,
      annotations_count: run.annotations.length,
      annotations_url: `${url}/annotations`,
    },
    name: run.name,
    check_suite: { id: run.checkSuiteId },
    app: run.app ? appJson(run.app, urls) : null,
    pull_requests: pulls.map((issue) => ({
      id: issue.number + repo.id * 1000,
      number: issue.number,
      url: `${urls.api}/repos/${repo.fullName}/pulls/${issue.number}`,
      head: { ref: issue.pull?.head.ref, sha: issue.pull?.head.sha, repo: minimalRepo(repo, urls) },
      base: { ref: issue.pull?.base.ref, sha: issue.pull?.base.sha, repo: minimalRepo(repo, urls) },
    })),
  };
}

function minimalRepo(repo: RepoRecord, urls: Urls): Json {
  return { id: repo.id, url: `${urls.api}/repos/${repo.fullName}`, name: repo.name };
}

export function annotationJson(run: CheckRunRecord, annotation: CheckRunRecord['annotations'][number], repo: RepoRecord, urls: Urls): Json {
  return {
    ...annotation,
    blob_href: `${urls.web}/${repo.fullName}/blob/${run.headSha}/${annotation.path}`,
  };
}

export function rateLimitJson(limit: number, used: number, reset: number): Json {
  const core = { limit, used, remaining: Math.max(0, limit - used), reset };
  const fresh = (size: number) => ({ limit: size, used: 0, remaining: size, reset });
  return {
    resources: {
      core,
      search: fresh(30),
      graphql: fresh(limit),
      integration_manifest: fresh(5000),
      code_search: fresh(10),
    },
    rate: core,
  };
}
