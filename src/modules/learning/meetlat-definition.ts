// A region's own meetlat, loaded as JSON or CSV, checked line by line. Every problem is reported
// (path `content.<line>.<field>`, a stable kind the web explains in Dutch or English); nothing is
// stored unless the whole definition is sound.
//   JSON: { "name": "…", "levels": ["…", …], "steps": [{ "title", "description", "indicators": ["drop_out", …] }] }
//   CSV:  positie;titel;beschrijving;indicatoren   (or position,title,description,indicators; indicators split by | or ,)
import { parse } from 'csv-parse/sync';
import type { FieldError } from '../../platform/errors.js';
import { DEFAULT_LEVELS, isIndicatorKey } from './indicators.js';
import { findPersonalData } from './personal-data.js';

export interface MeetlatDefinition {
  name: string;
  levels: string[];
  steps: Array<{ position: number; title: string; description: string; indicators: string[] }>;
}

const MIN_STEPS = 3;
const MAX_STEPS = 20;
const HEADERS: Record<string, 'position' | 'title' | 'description' | 'indicators'> = {
  positie: 'position',
  position: 'position',
  stap: 'position',
  step: 'position',
  titel: 'title',
  title: 'title',
  beschrijving: 'description',
  omschrijving: 'description',
  description: 'description',
  indicatoren: 'indicators',
  indicators: 'indicators',
};

const problem = (line: number, field: string, kind: string, message: string, limit?: number): FieldError => ({
  path: `content.${line}.${field}`,
  message,
  kind,
  ...(limit !== undefined ? { limit } : {}),
});

interface RawStep {
  line: number;
  position: unknown;
  title: unknown;
  description: unknown;
  indicators: unknown;
}

function checkSteps(raw: RawStep[], errors: FieldError[]): MeetlatDefinition['steps'] {
  const steps: MeetlatDefinition['steps'] = [];
  const seen = new Set<number>();
  raw.forEach((r, i) => {
    const position =
      r.position === undefined || r.position === ''
        ? i + 1
        : Number(typeof r.position === 'string' ? r.position.trim() : r.position);
    if (!Number.isInteger(position) || position < 1 || position > MAX_STEPS)
      errors.push(problem(r.line, 'position', 'bad_position', `position must be 1..${MAX_STEPS}`, MAX_STEPS));
    else if (seen.has(position)) errors.push(problem(r.line, 'position', 'duplicate_position', 'position used twice'));
    seen.add(position);
    const title = typeof r.title === 'string' ? r.title.trim() : '';
    if (!title) errors.push(problem(r.line, 'title', 'missing_title', 'a step needs a title'));
    else if (title.length > 200) errors.push(problem(r.line, 'title', 'too_big', 'title too long', 200));
    const description = typeof r.description === 'string' ? r.description.trim() : '';
    if (description.length > 2000) errors.push(problem(r.line, 'description', 'too_big', 'description too long', 2000));
    for (const [field, text] of [
      ['title', title],
      ['description', description],
    ] as const)
      if (findPersonalData(text)) errors.push(problem(r.line, field, 'personal_data', 'looks like personal data'));
    const list = Array.isArray(r.indicators)
      ? r.indicators
      : typeof r.indicators === 'string'
        ? r.indicators.split(/[|,]/)
        : r.indicators === undefined || r.indicators === null
          ? []
          : [r.indicators];
    const indicators: string[] = [];
    for (const key of list) {
      if (typeof key !== 'string') {
        errors.push(problem(r.line, 'indicators', 'unknown_indicator', 'an indicator is named by its key'));
        continue;
      }
      const k = key.trim();
      if (k === '') continue;
      if (!isIndicatorKey(k))
        errors.push(problem(r.line, 'indicators', 'unknown_indicator', `unknown indicator ${k.slice(0, 40)}`));
      else if (!indicators.includes(k)) indicators.push(k);
    }
    steps.push({ position, title, description, indicators });
  });
  if (raw.length < MIN_STEPS || raw.length > MAX_STEPS)
    errors.push(
      problem(
        0,
        'steps',
        raw.length < MIN_STEPS ? 'too_few_steps' : 'too_many_steps',
        'step count',
        raw.length < MIN_STEPS ? MIN_STEPS : MAX_STEPS,
      ),
    );
  return steps.sort((a, b) => a.position - b.position);
}

function checkLevels(levels: unknown, errors: FieldError[]): string[] {
  if (levels === undefined) return [...DEFAULT_LEVELS];
  if (
    !Array.isArray(levels) ||
    levels.length < 2 ||
    levels.length > 10 ||
    levels.some((l) => typeof l !== 'string' || !l.trim() || l.length > 60)
  ) {
    errors.push(problem(0, 'levels', 'bad_levels', 'levels: 2 to 10 names'));
    return [...DEFAULT_LEVELS];
  }
  return (levels as string[]).map((l) => l.trim());
}

function fromJson(content: string, errors: FieldError[]): { name?: string; levels: string[]; raw: RawStep[] } {
  let doc: unknown;
  try {
    doc = JSON.parse(content);
  } catch {
    errors.push(problem(0, 'json', 'invalid_json', 'not JSON'));
    return { levels: [...DEFAULT_LEVELS], raw: [] };
  }
  if (typeof doc !== 'object' || doc === null || !Array.isArray((doc as { steps?: unknown }).steps)) {
    errors.push(problem(0, 'steps', 'missing_steps', 'JSON needs a steps list'));
    return { levels: [...DEFAULT_LEVELS], raw: [] };
  }
  const d = doc as { name?: unknown; levels?: unknown; steps: unknown[] };
  const raw = d.steps.map((s, i) => {
    const o = (typeof s === 'object' && s !== null ? s : {}) as Record<string, unknown>;
    return { line: i + 1, position: o.position, title: o.title, description: o.description, indicators: o.indicators };
  });
  return { ...(typeof d.name === 'string' ? { name: d.name } : {}), levels: checkLevels(d.levels, errors), raw };
}

function fromCsv(content: string, errors: FieldError[]): RawStep[] {
  const firstLine = content.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const delimiter = firstLine.includes(';') ? ';' : firstLine.includes('\t') ? '\t' : ',';
  let rows: string[][];
  try {
    rows = parse(content, { delimiter, bom: true, skip_empty_lines: true, relax_column_count: true, trim: true });
  } catch {
    errors.push(problem(0, 'csv', 'invalid_csv', 'not readable as CSV'));
    return [];
  }
  const [header, ...body] = rows;
  const columns = (header ?? []).map((h) => HEADERS[h.toLowerCase()]);
  if (!columns.includes('title')) {
    errors.push(
      problem(1, 'header', 'bad_header', 'the first line names the columns: positie;titel;beschrijving;indicatoren'),
    );
    return [];
  }
  return body.map((cells, i) => {
    const get = (name: string) => {
      const at = columns.indexOf(name as (typeof columns)[number]);
      return at >= 0 ? cells[at] : undefined;
    };
    return {
      line: i + 2,
      position: get('position'),
      title: get('title'),
      description: get('description'),
      indicators: get('indicators'),
    };
  });
}

/** The definition, or the list of what is wrong with it (never both). */
export function readMeetlatDefinition(
  format: 'json' | 'csv',
  content: string,
  name: string | undefined,
): { definition: MeetlatDefinition; errors: [] } | { definition: null; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const parsed =
    format === 'json' ? fromJson(content, errors) : { levels: [...DEFAULT_LEVELS], raw: fromCsv(content, errors) };
  const steps = errors.length === 0 ? checkSteps(parsed.raw, errors) : [];
  const finalName = (name ?? ('name' in parsed && typeof parsed.name === 'string' ? parsed.name : '')).trim();
  if (!finalName || finalName.length > 200)
    errors.push({ path: 'name', message: 'a meetlat needs a name', kind: 'required' });
  if (errors.length > 0) return { definition: null, errors: errors.slice(0, 100) };
  return { definition: { name: finalName, levels: parsed.levels, steps }, errors: [] };
}
