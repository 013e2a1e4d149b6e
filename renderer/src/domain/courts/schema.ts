/**
 * The shape of resources/courts/courts.json: every court a creditor files with, each naming its
 * source. A file that does not match fails the unit tests, never a user's export.
 */
import { z } from 'zod';

export const COURT_TYPES = [
  'tribunal-de-commerce',
  'tribunal-activites-economiques',
  'chambre-commerciale-tj',
  'tribunal-mixte-de-commerce',
  'tribunal-judiciaire',
  'tribunal-premiere-instance',
] as const;
export type CourtType = (typeof COURT_TYPES)[number];

/** « 44 », « 2A », « 974 ». */
const departementSchema = z.string().regex(/^(0[1-9]|1\d|2[1-9]|[3-8]\d|9[0-5]|2A|2B|97[1-6])$/);

const sourceSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  url: z.string().url(),
  consolidation: z.string().min(1),
});

const courtSchema = z
  .object({
    id: z.string().regex(/^[a-z]+-[a-z0-9-]+$/),
    kind: z.enum(COURT_TYPES),
    name: z.string().min(1),
    seat: z.string().min(1),
    departements: z.array(departementSchema).min(1),
    jurisdiction: z.string().min(1).optional(),
    tribunalJudiciaireId: z.string().optional(),
    /** Tribunal de première instance: it also hears commercial matters. */
    commercial: z.boolean().optional(),
    source: z.string().min(1),
    addressVerified: z.boolean(),
    address: z.array(z.string().min(1)).min(1).optional(),
    note: z.string().optional(),
  })
  .strict()
  .refine((court) => court.addressVerified === (court.address !== undefined), {
    message: 'an address is printed only when verified, and a verified address must be given',
  });

export const courtFileSchema = z
  .object({
    $comment: z.string().optional(),
    /** When the sources were read, YYYY-MM-DD. */
    retrievedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    sources: z.array(sourceSchema).min(1),
    courts: z.array(courtSchema).min(1),
  })
  .strict()
  .superRefine((file, ctx) => {
    const sources = new Set(file.sources.map((s) => s.id));
    const ids = new Set<string>();
    for (const court of file.courts) {
      if (ids.has(court.id)) ctx.addIssue({ code: 'custom', message: `duplicate id ${court.id}` });
      ids.add(court.id);
      if (!sources.has(court.source)) {
        ctx.addIssue({ code: 'custom', message: `${court.id}: unknown source ${court.source}` });
      }
    }
    for (const court of file.courts) {
      if (court.tribunalJudiciaireId && !ids.has(court.tribunalJudiciaireId)) {
        ctx.addIssue({ code: 'custom', message: `${court.id}: unknown tribunal judiciaire` });
      }
    }
  });

export type CourtFile = z.infer<typeof courtFileSchema>;
export type Court = CourtFile['courts'][number];
export type CourtSource = CourtFile['sources'][number];
