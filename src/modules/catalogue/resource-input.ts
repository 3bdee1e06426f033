import { z } from 'zod';
import { bandGrades, resourceKinds, subjects, type ResourceKind } from './catalogue-codes.js';
import { packageNameProblem } from './package-name.js';
import { bothLanguages, bothLanguagesForKind } from './resources.messages.js';

/**
 * What a person sends to describe a resource, on creation and inside a proposal of a new
 * resource. Every value that later reaches the image (package names, addresses, file names,
 * the menu command, checksums) is checked here with the same rules as image-manifest.ts, so a
 * resource accepted into the catalogue can always be published.
 */

export const catalogueGrades = [...bandGrades.cycle2, ...bandGrades.cycle3] as [string, ...string[]];

type Messages = { fr: string; en: string };
type Ctx = z.core.$RefinementCtx;

/** A custom issue carrying its code and its message in both languages (see platform/http/problem.ts). */
function addIssue(ctx: Ctx, code: string, messages: Messages, path?: PropertyKey[]): void {
  ctx.addIssue({ code: 'custom', message: messages.en, params: { code, messages }, ...(path ? { path } : {}) });
}

const packageName = z
  .string()
  .max(200)
  .superRefine((name, ctx) => {
    const problem = packageNameProblem(name);
    if (problem) addIssue(ctx, problem, bothLanguages(`package_${problem}`, { name }));
  })
  .meta({ description: 'A Debian package name (Policy §5.6.7), e.g. gcompris-qt' });

/** A list without repeats; the repeated value is named at its own index. */
function noRepeats<T extends string>(key: 'package_duplicate' | 'duplicate_code') {
  return (values: T[], ctx: Ctx) => {
    const seen = new Set<string>();
    values.forEach((value, i) => {
      if (seen.has(value)) addIssue(ctx, 'duplicate', bothLanguages(key, { name: value, value }), [i]);
      seen.add(value);
    });
  };
}

/** True for an address a browser, curl and Ansible all read as http(s), with nothing to quote. */
export function isHttpUrl(value: string): boolean {
  try {
    const u = new URL(value);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname !== '' && !/[\s'"\\<>`]/.test(value);
  } catch {
    return false;
  }
}

/** `javascript:`, `data:`, `file:`, `ftp:`… are refused as not http; an unreadable address as invalid. */
const httpUrl = z
  .string()
  .trim()
  .min(1)
  .max(2000)
  .superRefine((value, ctx) => {
    if (isHttpUrl(value)) return;
    const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(value)?.[1]?.toLowerCase();
    if (scheme && scheme !== 'http' && scheme !== 'https') addIssue(ctx, 'url_not_http', bothLanguages('url_not_http'));
    else addIssue(ctx, 'invalid_url', bothLanguages('url_invalid'));
  })
  .meta({ description: 'An http:// or https:// address' });

/** The program a menu entry runs: a name, then simple options (the manifest's exec rule). */
const LAUNCH_COMMAND = /^[a-z0-9][a-z0-9+._-]*( [a-zA-Z0-9._=/-]+)*$/;
const launchCommand = z
  .string()
  .trim()
  .max(200)
  .superRefine((value, ctx) => {
    if (!LAUNCH_COMMAND.test(value)) addIssue(ctx, 'invalid_command', bothLanguages('launch_command_invalid'));
  })
  .meta({
    description: 'The command of the desktop menu entry, e.g. "gcompris-qt" or "stellarium --startup-script=x"',
  });

export const contentInputSchema = z.strictObject({
  /** Kept as /srv/cartable/content/<fileName> on the machine. */
  fileName: z
    .string()
    .trim()
    .max(200)
    .superRefine((value, ctx) => {
      if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/.test(value)) {
        addIssue(ctx, 'invalid_file_name', bothLanguages('file_name_invalid'));
      }
    }),
  url: httpUrl,
  sha256: z
    .string()
    .trim()
    .toLowerCase()
    .superRefine((value, ctx) => {
      if (!/^[0-9a-f]{64}$/.test(value)) addIssue(ctx, 'invalid_sha256', bothLanguages('sha256_invalid'));
    }),
  /** Size in bytes (a Wikipedia ZIM is several GB). */
  bytes: z
    .number()
    .int()
    .min(1)
    .max(2 ** 50),
});
export type ContentInput = z.infer<typeof contentInputSchema>;

const codes = <T extends [string, ...string[]]>(values: T, max: number) =>
  z.array(z.enum(values)).min(1).max(max).superRefine(noRepeats<T[number]>('duplicate_code'));

/** The fields of a resource, without the rules that tie them to the kind. */
const resourceFields = {
  kind: z.enum(resourceKinds),
  title: z.string().trim().min(1).max(120),
  /** Plain words for teachers: what pupils do with it. */
  description: z.string().trim().min(1).max(2000),
  subjects: codes(subjects as unknown as [string, ...string[]], subjects.length),
  grades: codes(catalogueGrades, catalogueGrades.length),
  /** Language codes, e.g. fr, en, de. */
  languages: z
    .array(
      z
        .string()
        .trim()
        .regex(/^[a-z]{2,3}$/),
    )
    .min(1)
    .max(10)
    .superRefine(noRepeats('duplicate_code')),
  /** SPDX identifier or plain words, e.g. GPL-3.0-or-later, CC-BY-SA-4.0. */
  licence: z.string().trim().min(1).max(100),
  minRamMb: z.number().int().min(64).max(1_048_576).nullable().optional(),
  minDiskMb: z.number().int().min(1).max(100_000_000).nullable().optional(),
  /** software only: 1 to 20 Debian package names. */
  packages: z.array(packageName).max(20).superRefine(noRepeats('package_duplicate')).optional(),
  /** software only. */
  launchCommand: launchCommand.nullable().optional(),
  /** content only. */
  content: contentInputSchema.nullable().optional(),
  /** web only. */
  webUrl: httpUrl.nullable().optional(),
};

export interface KindFields {
  kind: ResourceKind;
  packages?: string[] | undefined;
  launchCommand?: string | null | undefined;
  content?: ContentInput | null | undefined;
  webUrl?: string | null | undefined;
}

export interface KindProblem {
  field: 'packages' | 'launchCommand' | 'content' | 'webUrl';
  code: 'required_for_kind' | 'not_for_kind';
  messages: Messages;
}

/** Kind-specific fields: the kind's own field is required, the other kinds' fields are refused. */
export function kindFieldProblems(input: KindFields): KindProblem[] {
  const present = {
    packages: (input.packages?.length ?? 0) > 0,
    launchCommand: input.launchCommand != null,
    content: input.content != null,
    webUrl: input.webUrl != null,
  };
  const own: Record<ResourceKind, { required: KindProblem['field']; allowed: KindProblem['field'][] }> = {
    software: { required: 'packages', allowed: ['packages', 'launchCommand'] },
    content: { required: 'content', allowed: ['content'] },
    web: { required: 'webUrl', allowed: ['webUrl'] },
  };
  const rule = own[input.kind];
  const problems: KindProblem[] = [];
  if (!present[rule.required]) {
    problems.push({
      field: rule.required,
      code: 'required_for_kind',
      messages: bothLanguagesForKind('required_for_kind', input.kind),
    });
  }
  for (const field of ['packages', 'launchCommand', 'content', 'webUrl'] as const) {
    if (present[field] && !rule.allowed.includes(field)) {
      problems.push({ field, code: 'not_for_kind', messages: bothLanguagesForKind('not_for_kind', input.kind) });
    }
  }
  return problems;
}

export const resourceInputSchema = z
  .strictObject(resourceFields)
  .superRefine((input, ctx) => {
    for (const p of kindFieldProblems(input)) addIssue(ctx, p.code, p.messages, [p.field]);
  })
  .meta({ description: 'A resource: software (Debian packages), offline content (one file) or web (an address).' });
export type ResourceInput = z.infer<typeof resourceInputSchema>;

/**
 * A change to a resource: any field of ResourceInput; null clears an optional field. The kind
 * rules are checked by the service on the resource as it would become.
 */
export const resourcePatchSchema = z
  .strictObject(resourceFields)
  .partial()
  .refine((patch) => Object.keys(patch).length > 0, {
    params: { code: 'empty', messages: bothLanguages('nothing_to_change') },
  });
export type ResourcePatch = z.infer<typeof resourcePatchSchema>;
