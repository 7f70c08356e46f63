/**
 * ARNs and ARN patterns. AWS matches an ARN pattern component by component: the five leading colon-separated
 * components (`arn`, partition, service, region, account) each match on their own, so a `*` there never spans a
 * colon; the sixth (the resource) takes the rest of the string, and a `*` in it spans `/` and `:`.
 */
import { compileParts, type GlobMatcher, type PatternPart } from './wildcard.js';

/** The components of an ARN. */
export interface Arn {
  partition: string;
  service: string;
  region: string;
  account: string;
  resource: string;
}

let lastText: string | undefined;
let lastArn: Arn | undefined;

/**
 * Parses an ARN, or returns `undefined` when the text is not one. One decision matches the same request resource
 * against many patterns, so the last answer is kept; the result is shared and must not be modified.
 */
export function parseArn(text: string): Readonly<Arn> | undefined {
  if (text === lastText) return lastArn;
  let arn: Arn | undefined;
  if (text.startsWith('arn:')) {
    const parts = text.split(':');
    if (parts.length >= 6) {
      arn = {
        partition: parts[1],
        service: parts[2],
        region: parts[3],
        account: parts[4],
        resource: parts.length === 6 ? parts[5] : parts.slice(5).join(':'),
      };
    }
  }
  lastText = text;
  lastArn = arn;
  return arn;
}

/** Splits pattern parts at the first five colons of literal text into ARN components. */
function splitComponents(parts: readonly PatternPart[]): PatternPart[][] {
  const components: PatternPart[][] = [[]];
  for (const part of parts) {
    if (part.kind === 'wildcard' || components.length === 6) {
      components[components.length - 1].push(part);
      continue;
    }
    const pieces = part.value.split(':');
    pieces.forEach((piece, i) => {
      if (i > 0) {
        if (components.length < 6) components.push([]);
        else {
          components[5].push({ kind: 'text', value: ':' });
        }
      }
      if (piece) components[components.length - 1].push({ kind: 'text', value: piece });
    });
  }
  return components;
}

function isMatchAll(parts: readonly PatternPart[]): boolean {
  return parts.length === 1 && parts[0].kind === 'wildcard' && parts[0].value === '*';
}

/**
 * Compiles an ARN pattern (already resolved into parts). A pattern with fewer than six components, or a bare `*`,
 * matches the whole candidate as one glob.
 */
export function compileArnPattern(parts: readonly PatternPart[]): GlobMatcher {
  if (isMatchAll(parts)) return () => true;
  const components = splitComponents(parts);
  if (components.length < 6) return compileParts(parts);
  const matchers = components.map((c) => (isMatchAll(c) ? undefined : compileParts(c)));
  const whole = compileParts(parts);
  return (candidate) => {
    const arn = parseArn(candidate);
    // A non-ARN candidate (for example `*`) can still equal a pattern literally.
    if (!arn) return whole(candidate);
    const fields = ['arn', arn.partition, arn.service, arn.region, arn.account, arn.resource];
    for (let i = 0; i < 6; i++) {
      const m = matchers[i];
      if (m && !m(fields[i])) return false;
    }
    return true;
  };
}
