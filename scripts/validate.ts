// Checks all content and tells editors what to fix: node scripts/validate.ts [--json] [--content DIR]
// Exit codes: 0 no problems, 1 problems found, 2 the validator itself failed (or was misused).
import path from 'node:path';
import { formatJson, formatText } from '../src/validate/format.ts';
import { validateContent } from '../src/validate/index.ts';
import { runCommand } from '../src/lib/run-command.ts';

const usage = 'Usage: node scripts/validate.ts [--json] [--content DIR]';

function parseArguments(args: string[]): { json: boolean; content?: string } | string {
  const options: { json: boolean; content?: string } = { json: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--json') options.json = true;
    else if (arg === '--content' && args[i + 1] !== undefined) options.content = args[++i]!;
    else if (arg.startsWith('--content=')) options.content = arg.slice('--content='.length);
    else return `Unknown option "${arg}". ${usage}`;
  }
  return options;
}

async function main(): Promise<number> {
  const options = parseArguments(process.argv.slice(2));
  if (typeof options === 'string') {
    if (process.argv.includes('--json')) console.log(JSON.stringify({ problems: [], fault: options }, null, 2));
    console.error(options);
    return 2;
  }
  const report = options.content === undefined
    ? await validateContent()
    : await validateContent(path.resolve(options.content));
  const color = Boolean(process.stdout.isTTY) && process.env['NO_COLOR'] === undefined;
  console.log(options.json ? formatJson(report) : formatText(report, { color }));
  return report.problems.length > 0 ? 1 : 0;
}

runCommand(main, 'The content check', { json: process.argv.includes('--json') });
