import { z } from 'zod'
import { ARTICLE_STATUSES, PHOTO_TEXT_FIELDS } from '../../model/Article'
import type { NodeJSON } from '../../model/DocJSON'
import { ENTITY_TYPES } from '../../model/EntityType'
import { isTagId } from '../../model/isTagId'
import { mediaFileOf } from '../../model/mediaFileOf'
import { SOURCE_TYPES } from '../../model/Source'
import { BACKUP_FORMAT, BACKUP_VERSION, MAX_BACKUP_MEDIA_FILE_BYTES } from './Backup'

const tagId = z.string().refine(isTagId, { message: 'must be an id of letters, digits, hyphens and underscores' })
/** The slug names the article's file, so it must be a safe file name (the workspace's own rule). */
const slug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, { message: 'must be lower-case letters, digits and hyphens' })
const text = z.string().max(1_000_000)
const attrs = z.record(z.string(), z.unknown())

const mark = z.object({ type: z.string().min(1).max(64), attrs: attrs.optional() }).strict()
const node: z.ZodType<NodeJSON> = z.lazy(() =>
  z
    .object({
      type: z.string().min(1).max(64),
      attrs: attrs.optional(),
      content: z.array(node).optional(),
      text: text.optional(),
      marks: z.array(mark).optional()
    })
    .strict()
)

const photoFields = Object.fromEntries(PHOTO_TEXT_FIELDS.map((f) => [f, f === 'creditLine' ? z.string() : z.string().optional()]))

export const articleSchema = z
  .object({
    id: tagId,
    slug,
    headline: text,
    status: z.enum(ARTICLE_STATUSES),
    createdAt: z.string().max(64),
    updatedAt: z.string().max(64),
    photos: z.array(z.object(photoFields as Record<string, z.ZodType<string | undefined>>).strict()),
    sources: z.array(tagId),
    standfirst: text.optional(),
    bylines: z.array(text).optional(),
    dateline: z.object({ place: text.optional(), date: z.string().max(64).optional() }).strict().optional(),
    language: z.string().max(64).optional(),
    subjects: z.array(z.object({ code: z.string().max(200), name: text }).strict()).optional(),
    embargo: z.string().max(64).optional(),
    editorNote: text.optional(),
    corrections: z.array(z.object({ date: z.string().max(64), note: text }).strict()).optional(),
    rejected: z.array(z.string().max(2000)).optional(),
    checkOverrides: z.array(z.object({ key: z.string().max(2000), reason: text, at: z.string().max(64) }).strict()).optional(),
    conflictOf: tagId.optional(),
    custom: z.record(z.string(), z.string()),
    extra: attrs,
    body: z.object({ type: z.literal('doc'), content: z.array(node) }).strict()
  })
  .strict()

export const entitySchema = z
  .object({
    id: tagId,
    type: z.enum(ENTITY_TYPES),
    name: z.string().min(1).max(1000),
    aliases: z.array(z.string().max(1000)),
    description: text.optional(),
    wikidata: z.string().regex(/^Q\d+$/).optional(),
    mergedInto: tagId.optional(),
    extra: attrs.optional()
  })
  .strict()

export const sourceSchema = z
  .object({
    id: tagId,
    type: z.enum(SOURCE_TYPES),
    name: z.string().min(1).max(1000),
    url: z.string().max(4000).optional(),
    contact: text.optional(),
    notes: text.optional(),
    accessDate: z.string().max(64).optional(),
    extra: attrs.optional()
  })
  .strict()

/** A name that is a plain file on every system the workspace may be synced to. */
const portableName = (name: string): boolean => name.length > 0 && name.length <= 255 && !/[\\/:*?"<>|]/.test(name) && ![...name].some((c) => c.charCodeAt(0) < 32)
/**
 * Standard base64 with padding. A character class, not groups of four: a pattern that
 * repeats a group backtracks per group and overflows on a photo's worth of text.
 */
const isBase64 = (data: string): boolean => data.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(data)

export const mediaSchema = z
  .object({
    file: z
      .string()
      .max(300)
      .refine((f) => mediaFileOf(f) === f && portableName(f.slice('media/'.length)), { message: 'must be media/<name>, a plain file name' }),
    size: z.number().int().min(0).max(MAX_BACKUP_MEDIA_FILE_BYTES, { message: `must be at most ${MAX_BACKUP_MEDIA_FILE_BYTES / 1024 / 1024} MB` }),
    sha256: z.string().regex(/^[0-9a-f]{64}$/, { message: 'must be a SHA-256 in lower-case hex' }),
    data: z.string().refine(isBase64, { message: 'is not valid base64' })
  })
  .strict()
  .refine((m) => m.data.length === 4 * Math.ceil(m.size / 3), { message: 'does not hold as many bytes as its size says (cut short?)', path: ['data'] })

/** The backup file as readBackup accepts it (the version is checked before, for a clearer message). */
export const backupSchema = z
  .object({
    format: z.literal(BACKUP_FORMAT),
    version: z.number().int().min(1).max(BACKUP_VERSION),
    articles: z.array(articleSchema),
    trash: z.array(articleSchema),
    entities: z.array(entitySchema),
    sources: z.array(sourceSchema),
    /** Since version 2. */
    media: z.array(mediaSchema).optional()
  })
  .strict()
