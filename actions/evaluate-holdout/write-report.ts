import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { htmlReport } from './html-report.js';
import { toJson, type EvaluationReport } from './report-model.js';
import { summaryMarkdown } from './summary-markdown.js';

export interface ReportFiles {
  readonly json: string;
  readonly markdown: string;
  readonly html: string;
  readonly summary: string;
}

/** Writes report.json, summary.md and report.html into the report folder. */
export async function writeReport(report: EvaluationReport, directory: string): Promise<ReportFiles> {
  await mkdir(directory, { recursive: true });
  const files = {
    json: path.join(directory, 'report.json'),
    markdown: path.join(directory, 'summary.md'),
    html: path.join(directory, 'report.html'),
  };
  const summary = summaryMarkdown(report);
  await writeFile(files.json, `${toJson(report)}\n`);
  await writeFile(files.markdown, summary);
  await writeFile(files.html, htmlReport(report));
  return { ...files, summary };
}
