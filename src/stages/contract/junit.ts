/**
 * JUnit XML of a contract run: one test suite per operation, one test case per rule, so CI test
 * reporters show which operation broke which rule. All text is escaped and stripped of characters
 * XML 1.0 cannot hold (a response excerpt may contain anything).
 */
import type { ContractReport } from './results.ts';

export function junitXml(report: ContractReport): string {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const failures = report.operations.reduce((n, o) => n + o.failures.length + (o.outcome === 'not-run' ? 1 : 0), 0);
  const tests = report.operations.reduce((n, o) => n + Math.max(1, o.failures.length + o.passedRules.length), 0);
  lines.push(`<testsuites name="contract tests" tests="${tests}" failures="${failures}" time="${seconds(report.durationMs)}">`);
  for (const op of report.operations) {
    const count = Math.max(1, op.failures.length + op.passedRules.length);
    const failed = op.outcome === 'not-run' ? 1 : op.failures.length;
    lines.push(`  <testsuite name="${xml(op.operation)}" tests="${count}" failures="${failed}" time="${seconds(op.response?.timeMs ?? 0)}">`);
    if (op.outcome === 'not-run') {
      lines.push(`    <testcase classname="${xml(op.operation)}" name="request sent"><failure message="the request was not run"/></testcase>`);
    }
    for (const rule of op.passedRules) lines.push(`    <testcase classname="${xml(op.operation)}" name="${xml(rule)}"/>`);
    for (const f of op.failures) {
      const detail = op.response ? `${op.label} answered ${op.response.status}:\n${op.response.excerpt}` : op.label;
      lines.push(
        `    <testcase classname="${xml(op.operation)}" name="${xml(f.rule)}"><failure message="${xml(f.message)}">${xml(detail)}</failure></testcase>`,
      );
    }
    lines.push('  </testsuite>');
  }
  lines.push('</testsuites>');
  return `${lines.join('\n')}\n`;
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(3);
}

export function xml(text: string): string {
  return text
    .replace(/[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '')
    .replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}
