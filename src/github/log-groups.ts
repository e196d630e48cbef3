/**
 * Progress in the action log as it happens: a collapsible group per piece of work, its result printed
 * when it ends. The runner's log cannot nest or interleave groups, so one piece of work holds the log
 * at a time; one that starts meanwhile (the diff runs beside validation) keeps its lines until it gets
 * the log, and prints them as one group then, or at once when it has already ended.
 */
import * as core from '@actions/core';
import { inertLogText } from '../text/workflow-log.ts';

export interface LogSink {
  startGroup(title: string): void;
  endGroup(): void;
  info(line: string): void;
}

interface Group {
  title: string;
  /** Lines logged before the group held the log. */
  held: string[];
  /** The result, once the work ended. */
  result?: readonly string[];
}

/** Every line is spec-derived or may be: each goes out inert, so none can start a workflow command. */
const runnerLog: LogSink = {
  startGroup: (title) => core.startGroup(inertLogText(title)),
  endGroup: () => core.endGroup(),
  info: (line) => core.info(inertLogText(line)),
};

export class LogGroups {
  private holder: Group | undefined;
  private readonly waiting: Group[] = [];

  constructor(private readonly sink: LogSink = runnerLog) {}

  start(title: string): { log(line: string): void; end(result: readonly string[]): void } {
    const group: Group = { title, held: [] };
    if (this.holder) this.waiting.push(group);
    else this.take(group);
    return {
      log: (line) => (this.holder === group ? this.sink.info(line) : group.held.push(line)),
      end: (result) => {
        group.result = result;
        if (this.holder === group) this.release();
      },
    };
  }

  /** Closes the open group, when a run stops before its work ended. */
  close(): void {
    if (this.holder) this.sink.endGroup();
    this.holder = undefined;
  }

  private take(group: Group): void {
    this.holder = group;
    this.sink.startGroup(group.title);
    for (const line of group.held.splice(0)) this.sink.info(line);
  }

  /** The holder ended: print its result, then hand the log to the next in line (flushing any that ended meanwhile). */
  private release(): void {
    for (;;) {
      const done = this.holder!;
      for (const line of done.result ?? []) this.sink.info(line);
      this.sink.endGroup();
      this.holder = undefined;
      const next = this.waiting.shift();
      if (!next) return;
      this.take(next);
      if (!next.result) return;
    }
  }
}
