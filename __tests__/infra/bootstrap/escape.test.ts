/**
 * infra/stacks/bootstrap.ts `escapeTemplate` scans for `${` / `%{` instead of looping over every
 * character; it must escape exactly as the character loop did, on any text.
 */
import * as fc from 'fast-check';
import { escapeTemplate, liveForms } from '../../../infra/stacks/bootstrap';

/** The former character loop (kept here as the reference). */
function reference(text: string, live: readonly string[]): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if ((c === '$' || c === '%') && text[i + 1] === '{') {
      const escaped = i > 0 && text[i - 1] === c && !(i > 1 && text[i - 2] === c);
      const keep = live.find((s) => text.startsWith(s, i));
      if (keep) {
        out += keep;
        i += keep.length - 1;
        continue;
      }
      if (!escaped) out += c;
    }
    out += c;
  }
  return out;
}

describe('escapeTemplate', () => {
  const live = liveForms(['${random_password.k3s_token.result}', '${var.x}']);
  const pieces = fc.constantFrom('$', '%', '{', '}', '$$', '%%', '${', '%{', '$${', '%%{', 'a', ' ', '\n', ...live, '${var.', 'urlencode(');

  it('escapes as the character loop did, on any mix of template syntax and live references', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), (ps) => {
        const text = ps.join('');
        expect(escapeTemplate(text, live)).toBe(reference(text, live));
      }),
      { numRuns: 20000 },
    );
  });

  it('leaves text without template syntax as it is', () => {
    expect(escapeTemplate('plain $ text % with { braces }', live)).toBe('plain $ text % with { braces }');
  });
});
