/**
 * The change report as Markdown for a pull request comment: a summary table, the VMs replaced or
 * restarted (bold, first), the data-loss verdict, then a section per stack and per cluster, the
 * other output files and the documentation. Deterministic: no time, no absolute path.
 */
import { formatAllowed } from '../gates/data-loss';
import type { AttributeChange, ChangeReport, FileChange, ObjectChange, ResourceChange } from './compare';

/** The first line of every report: CI finds its own comment by it. */
export const REPORT_MARKER = '<!-- sitekit change report -->';

/** What was compared, for the heading. */
export interface ReportHeading {
  /** e.g. "`origin/main` (`1a2b3c4`)". */
  readonly base: string;
  /** e.g. "the working tree". */
  readonly next: string;
  /** The site file, as given. */
  readonly site: string;
}

/** How many attribute lines a resource or object shows before "and N more". */
const MAX_ATTRIBUTES = 6;

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Inline code of any text (backticks inside are fenced by a longer run). */
function code(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return longest ? `${fence} ${text} ${fence}` : `${fence}${text}${fence}`;
}

/** A table cell: no line breaks, pipes escaped. */
const cell = (text: string) => text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');

/** A value for a change line: short values as JSON, a long line by its start, a text by its size. */
function value(v: unknown): string {
  if (v === undefined) return '(none)';
  if (typeof v === 'string' && v.includes('\n')) return `(text, ${plural(v.split('\n').length, 'line')})`;
  if (typeof v === 'string' && v.length > 60) return code(`${JSON.stringify(v.slice(0, 40)).slice(0, -1)}…"`);
  const json = JSON.stringify(v);
  return json.length > 60 ? `(${Array.isArray(v) ? 'list' : 'object'})` : code(json);
}

/** Lines of `after` not in `before` and the other way round (as multisets). */
function lineCounts(before: string, after: string): string {
  const left = before.split('\n');
  let added = 0;
  for (const line of after.split('\n')) {
    const i = left.indexOf(line);
    if (i >= 0) left.splice(i, 1);
    else added++;
  }
  return `text changed: ${plural(added, 'line')} added, ${left.length} removed`;
}

/** Two long lines around where they first differ: `…"abc` → `…"abd`. */
function aroundChange(before: string, after: string): string {
  let i = 0;
  while (i < before.length && before[i] === after[i]) i++;
  const from = Math.max(0, i - 16);
  const part = (t: string) => code(`${from ? '…' : ''}${t.slice(from, from + 40)}${t.length > from + 40 ? '…' : ''}`);
  return `${part(before)} → ${part(after)}`;
}

function attributeLine(a: Omit<AttributeChange, 'effect'> & { effect?: AttributeChange['effect'] }): string {
  const tag = a.effect === 'replace' ? ' **forces replacement**' : a.effect === 'reboot' ? ' **restarts the VM**' : a.effect === 'unknown' ? ' (known after apply)' : a.effect === 'ignored' ? ' (ignored: no change to the running resource)' : '';
  if (a.effect === 'unknown') return `${code(a.path)}${tag}`;
  const text = typeof a.before === 'string' && typeof a.after === 'string' && (a.before.includes('\n') || a.after.includes('\n'));
  const long = typeof a.before === 'string' && typeof a.after === 'string' && !text && (a.before.length > 60 || a.after.length > 60);
  const change = long ? aroundChange(a.before as string, a.after as string) : a.before === undefined ? `added ${value(a.after)}` : a.after === undefined ? `removed (was ${value(a.before)})` : text ? lineCounts(a.before as string, a.after as string) : `${value(a.before)} → ${value(a.after)}`;
  return `${code(a.path)}: ${change}${tag}`;
}

function attributes(list: readonly (Omit<AttributeChange, 'effect'> & { effect?: AttributeChange['effect'] })[]): string {
  // The attributes that decide the action first.
  const order = { replace: 0, reboot: 1, unknown: 2, update: 3, ignored: 4 } as const;
  const sorted = [...list].sort((a, b) => order[a.effect ?? 'update'] - order[b.effect ?? 'update']);
  const shown = sorted.slice(0, MAX_ATTRIBUTES).map(attributeLine);
  if (sorted.length > MAX_ATTRIBUTES) shown.push(`and ${plural(sorted.length - MAX_ATTRIBUTES, 'more attribute')}`);
  return shown.join('<br>');
}

const ACTION_TEXT: Readonly<Record<ResourceChange['action'], string>> = {
  replace: '**replace**',
  delete: '**delete**',
  update: 'update in place',
  create: 'create',
  move: 'move',
  none: 'no plan action',
};

function resourceAction(c: ResourceChange): string {
  if (c.action === 'update' && c.refused) return '**update refused by the provider**';
  if (c.action === 'update' && c.reboot) return '**update, restarts the VM**';
  return ACTION_TEXT[c.action];
}

function resourceRow(c: ResourceChange): string {
  const what = [c.from ? `moved from ${code(c.from)}` : '', ...c.reasons, c.refused ? `apply fails: ${c.refused}` : '', attributes(c.attributes)].filter(Boolean).join('<br>');
  return `| ${resourceAction(c)} | ${code(c.address)} | ${cell(what)} |`;
}

function objectRow(o: ObjectChange): string {
  const action = o.action === 'delete' ? (o.stateful ? '**delete (holds data)**' : 'delete (pruned)') : o.action === 'update' ? 'update' : 'create';
  return `| ${action} | ${code(o.id)} | ${cell(attributes(o.attributes))} |`;
}

function fileLines(files: readonly FileChange[]): string[] {
  return files.map((f) => `- ${f.action} ${code(f.file)}`);
}

const count = (list: readonly ResourceChange[], ...actions: ResourceChange['action'][]) => list.filter((c) => actions.includes(c.action)).length;

/** The report in Markdown, ending with a newline. */
export function formatReport(report: ChangeReport, heading: ReportHeading): string {
  const out: string[] = [REPORT_MARKER, '## sitekit change report', '', `${heading.next} (site ${code(heading.site)}) compared with ${heading.base}.`, ''];
  const all = [...report.terraform].flatMap(([stack, list]) => list.map((c) => ({ stack, c })));
  const objects = [...report.clusters.values()].flat();
  const nothing = !all.length && !objects.length && !report.files.length;
  if (nothing) {
    out.push('The synthesized output is the same.', '');
  } else if (all.length || objects.length) {
    out.push('| | create | update | replace | delete |', '|---|---|---|---|---|');
    for (const [stack, list] of report.terraform) {
      if (!list.length) continue;
      out.push(`| terraform/${stack} | ${count(list, 'create')} | ${count(list, 'update')} | ${count(list, 'replace')} | ${count(list, 'delete')} |`);
    }
    for (const [cluster, list] of report.clusters) {
      if (!list.length) continue;
      const n = (a: ObjectChange['action']) => list.filter((o) => o.action === a).length;
      out.push(`| clusters/${cluster} | ${n('create')} | ${n('update')} | – | ${n('delete')} |`);
    }
    out.push('');
  }

  // The VMs: replaced or deleted (their disks go with them on Proxmox) and restarted, first and bold.
  const vms = all.filter(({ c }) => c.vm && (c.action === 'replace' || c.action === 'delete' || c.reboot));
  if (vms.length) {
    out.push('### VMs replaced, deleted or restarted', '');
    for (const { stack, c } of vms) {
      const what = c.action === 'replace' ? 'replaced' : c.action === 'delete' ? 'deleted' : 'restarted';
      out.push(`- **${what}: terraform/${stack}/${c.address}**${c.reasons.length ? ` — ${c.reasons.join('; ')}` : ''}`);
    }
    out.push('');
  } else if (!nothing) out.push('No VM is replaced, deleted or restarted.', '');
  const refused = all.filter(({ c }) => c.refused);
  if (refused.length) {
    out.push('### Updates the provider refuses', '');
    for (const { stack, c } of refused) out.push(`- **terraform/${stack}/${c.address}**: ${c.refused}`);
    out.push('');
  }

  out.push('### Data-loss guard', '');
  const dl = report.dataLoss;
  if (dl.lost.length) {
    out.push(`**Refused**: the synth refuses this output, it would destroy ${plural(dl.lost.length, 'stateful object')} the site does not declare (\`changes.removals\`, \`changes.renames\`):`, '');
    for (const s of dl.lost) out.push(`- **${s.object}** (${s.what})`);
    out.push('', 'Fix: undo the change; or, for a renamed node, declare the rename (`changes.renames: [{ node: <old name>, to: <new name> }]`); or, if the data may go, declare each removal with its reason (`changes.removals: [{ object: <id above>, reason: <why> }]`).');
  } else out.push('**Passes**: no stateful object of the base is lost without the site declaring it.');
  const allowed = formatAllowed(dl);
  const notes = [...dl.moved.map((m) => `moved ${code(m.object)} → ${code(m.to)} (a \`moved\` block: nothing is destroyed)`), ...dl.removed.map((r) => `removed ${code(r.object)}, declared: ${r.reason}`), ...allowed.warnings];
  if (notes.length) {
    out.push('');
    for (const n of notes) out.push(`- ${n}`);
  }
  out.push('');

  for (const [stack, list] of report.terraform) {
    if (!list.length) continue;
    out.push(`### terraform/${stack}`, '', `${count(list, 'create')} to create, ${count(list, 'update')} to update in place, ${count(list, 'replace')} to replace, ${count(list, 'delete')} to delete${count(list, 'move') ? `, ${count(list, 'move')} to move` : ''}.`, '');
    out.push('| action | resource | why, and the attributes that change |', '|---|---|---|', ...list.map(resourceRow), '');
  }
  for (const [cluster, list] of report.clusters) {
    if (!list.length) continue;
    out.push(`### clusters/${cluster}`, '', 'Objects removed from the tree are pruned by the GitOps engine unless kept from pruning.', '');
    out.push('| action | object | changes |', '|---|---|---|', ...list.map(objectRow), '');
  }
  if (report.files.length) out.push('### Other output files', '', ...fileLines(report.files), '');
  if (report.docs.length) out.push('### Documentation', '', ...fileLines(report.docs), '');
  out.push('<sub>A reading of the synthesized JSON with the providers\' behaviour tables (synth/behaviour/), not a `terraform plan`: state drift and values known only to a provider are not in it (`npm run plan` sees those).</sub>');
  return `${out.join('\n')}\n`;
}
