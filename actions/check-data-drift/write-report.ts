import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { htmlReport } from './html-report.js';
import { type DriftReport, toJson } from './report-model.js';
import { summaryMarkdown } from './summary-markdown.js';

export interface ReportFiles {
  readonly json: string;
  readonly markdown: string;
  readonly html: string;
}

/** Writes report.json, summary.md and report.html into `dir` (created when missing). */
export async function writeReport(report: DriftReport, dir: string): Promise<ReportFiles> {
  await mkdir(dir, { recursive: true });
  const files = {
    json: path.join(dir, 'report.json'),
    markdown: path.join(dir, 'summary.md'),
    html: path.join(dir, 'report.html'),
  };
  await writeFile(files.json, `${toJson(report)}\n`);
  await writeFile(files.markdown, summaryMarkdown(report));
  await writeFile(files.html, htmlReport(report));
  return files;
}
