// In-memory records of one fake GitHub. Records hold only what the fake decides; the JSON shapes
// GitHub returns are built from them in representations.ts.
import type { Account, GitHubApp } from './identities.ts';

export interface RepoRecord {
  id: number;
  owner: Account;
  name: string;
  fullName: string;
  private: boolean;
  fork: boolean;
  defaultBranch: string;
  description: string | null;
  createdAt: string;
  issues: Map<number, IssueRecord>;
  labels: Map<string, LabelRecord>;
  comments: Map<number, CommentRecord>;
  checkRuns: Map<number, CheckRunRecord>;
}

export interface LabelRecord {
  id: number;
  name: string;
  color: string;
  description: string | null;
}

export interface BranchTip {
  ref: string;
  sha: string;
  /** Full name of the repository the branch lives in; a fork's for pull requests from forks. */
  repo: string;
}

export interface IssueRecord {
  number: number;
  title: string;
  body: string | null;
  author: Account;
  state: 'open' | 'closed';
  labels: string[];
  createdAt: string;
  updatedAt: string;
  pull?: { head: BranchTip; base: BranchTip; draft: boolean; merged: boolean };
}

export interface CommentRecord {
  id: number;
  issueNumber: number;
  body: string;
  author: Account;
  app: GitHubApp | null;
  createdAt: string;
  updatedAt: string;
}

export interface AnnotationRecord {
  path: string;
  start_line: number;
  end_line: number;
  start_column: number | null;
  end_column: number | null;
  annotation_level: string;
  title: string | null;
  message: string;
  raw_details: string | null;
}

export interface CheckRunRecord {
  id: number;
  checkSuiteId: number;
  name: string;
  headSha: string;
  status: 'queued' | 'in_progress' | 'completed';
  conclusion: string | null;
  startedAt: string | null;
  completedAt: string | null;
  detailsUrl: string | null;
  externalId: string | null;
  output: { title: string | null; summary: string | null; text: string | null };
  annotations: AnnotationRecord[];
  app: GitHubApp | null;
}

export interface RepoSeed {
  owner: string;
  name: string;
  ownerType?: 'User' | 'Organization';
  private?: boolean;
  fork?: boolean;
  defaultBranch?: string;
  description?: string | null;
}

export interface PullRequestSeed {
  number?: number;
  title?: string;
  body?: string | null;
  author?: Account;
  labels?: string[];
  draft?: boolean;
  head: { ref: string; sha: string; repo?: string };
  base?: { ref?: string; sha?: string };
}

export interface IssueSeed {
  number?: number;
  title?: string;
  body?: string | null;
  author?: Account;
  labels?: string[];
}

export const OCTOCAT: Account = { login: 'octocat', id: 583231, type: 'User' };

export function timestamp(date = new Date()): string {
  // GitHub prints seconds, not milliseconds.
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export class GitHubState {
  readonly repos = new Map<string, RepoRecord>();
  #nextId = 1000;

  nextId(): number {
    return this.#nextId++;
  }

  addRepo(seed: RepoSeed): RepoRecord {
    const fullName = `${seed.owner}/${seed.name}`;
    const repo: RepoRecord = {
      id: this.nextId(),
      owner: { login: seed.owner, id: this.nextId(), type: seed.ownerType ?? 'Organization' },
      name: seed.name,
      fullName,
      private: seed.private ?? false,
      fork: seed.fork ?? false,
      defaultBranch: seed.defaultBranch ?? 'main',
      description: seed.description ?? null,
      createdAt: timestamp(),
      issues: new Map(),
      labels: new Map(),
      comments: new Map(),
      checkRuns: new Map(),
    };
    this.repos.set(fullName.toLowerCase(), repo);
    return repo;
  }

  /**
   * The tip of a branch as the repository's git holds it (tests that push set this, e.g. to read a
   * bare repository); opening a pull request from a branch it does not know fails as on GitHub.
   */
  branchTip: (fullName: string, ref: string) => string | undefined = () => undefined;

  /** Repository names are case-insensitive on GitHub. */
  repo(owner: string, name: string): RepoRecord | undefined {
    return this.repos.get(`${owner}/${name}`.toLowerCase());
  }

  repoNamed(fullName: string): RepoRecord | undefined {
    return this.repos.get(fullName.toLowerCase());
  }

  repoById(id: number): RepoRecord | undefined {
    return [...this.repos.values()].find((r) => r.id === id);
  }

  addIssue(fullName: string, seed: IssueSeed = {}): IssueRecord {
    const repo = this.#require(fullName);
    const now = timestamp();
    const issue: IssueRecord = {
      number: seed.number ?? this.#nextNumber(repo),
      title: seed.title ?? 'An issue',
      body: seed.body ?? null,
      author: seed.author ?? OCTOCAT,
      state: 'open',
      labels: [],
      createdAt: now,
      updatedAt: now,
    };
    repo.issues.set(issue.number, issue);
    for (const label of seed.labels ?? []) this.addLabelToIssue(fullName, issue.number, label);
    return issue;
  }

  /** Issues and pull requests share one number sequence per repository, as on GitHub. */
  addPullRequest(fullName: string, seed: PullRequestSeed): IssueRecord {
    const repo = this.#require(fullName);
    const issue = this.addIssue(fullName, {
      number: seed.number,
      title: seed.title ?? 'A pull request',
      body: seed.body,
      author: seed.author,
      labels: seed.labels,
    });
    const headRepo = seed.head.repo ?? repo.fullName;
    if (!this.repoNamed(headRepo)) {
      const [owner = '', name = ''] = headRepo.split('/');
      this.addRepo({ owner, name, ownerType: 'User', fork: true });
    }
    issue.pull = {
      head: { ref: seed.head.ref, sha: seed.head.sha, repo: headRepo },
      base: {
        ref: seed.base?.ref ?? repo.defaultBranch,
        sha: seed.base?.sha ?? '0'.repeat(40),
        repo: repo.fullName,
      },
      draft: seed.draft ?? false,
      merged: false,
    };
    return issue;
  }

  addLabelToIssue(fullName: string, issueNumber: number, name: string): LabelRecord {
    const repo = this.#require(fullName);
    const issue = repo.issues.get(issueNumber);
    if (!issue) throw new Error(`no issue #${issueNumber} in ${fullName}`);
    let label = repo.labels.get(name.toLowerCase());
    if (!label) {
      label = { id: this.nextId(), name, color: 'ededed', description: null };
      repo.labels.set(name.toLowerCase(), label);
    }
    if (!issue.labels.includes(label.name)) issue.labels.push(label.name);
    return label;
  }

  addComment(fullName: string, issueNumber: number, body: string, author: Account = OCTOCAT): CommentRecord {
    const repo = this.#require(fullName);
    if (!repo.issues.has(issueNumber)) throw new Error(`no issue #${issueNumber} in ${fullName}`);
    const now = timestamp();
    const comment: CommentRecord = {
      id: this.nextId(),
      issueNumber,
      body,
      author,
      app: author.app ?? null,
      createdAt: now,
      updatedAt: now,
    };
    repo.comments.set(comment.id, comment);
    return comment;
  }

  commentsOn(fullName: string, issueNumber: number): CommentRecord[] {
    return [...this.#require(fullName).comments.values()].filter((c) => c.issueNumber === issueNumber);
  }

  checkRunsOf(fullName: string): CheckRunRecord[] {
    return [...this.#require(fullName).checkRuns.values()];
  }

  #nextNumber(repo: RepoRecord): number {
    return Math.max(0, ...repo.issues.keys()) + 1;
  }

  #require(fullName: string): RepoRecord {
    const repo = this.repoNamed(fullName);
    if (!repo) throw new Error(`no repository ${fullName} in the fake GitHub; add it with addRepo()`);
    return repo;
  }
}
