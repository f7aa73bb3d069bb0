import { z } from 'astro/zod';
import { recordDate } from './followup.ts';
import { boundedText, calendarDate } from './shared.ts';

/**
 * The compliance statuses of the Dutch model statement (digitoegankelijk.nl): A fully compliant,
 * B partly compliant (everything researched, problems with a plan), C first measures taken
 * (research planned within six months), D no measures taken, E no statement.
 */
export const STATEMENT_STATUSES = ['A', 'B', 'C', 'D', 'E'] as const;
export type StatementStatus = (typeof STATEMENT_STATUSES)[number];

/** A WCAG 2.1 success criterion number, e.g. "1.4.11". */
const wcagCriterion = z
  .string({ error: 'moet een succescriterium van WCAG zijn, bijvoorbeeld 1.4.11' })
  .regex(/^[1-4]\.\d{1,2}\.\d{1,2}$/, { error: 'moet een succescriterium van WCAG zijn, zoals 1.4.11 (principe.richtlijn.criterium)' });

/** One evaluation of the site: when, how, by whom and over what. */
const evaluationSchema = z.strictObject({
  /** When the evaluation was finished (the report's date). */
  date: calendarDate.meta({ title: 'Datum', description: 'Wanneer het onderzoek klaar was (de datum van het rapport).' }),
  /** The method, e.g. "WCAG-EM" for a full manual evaluation, or "zelfevaluatie". */
  method: boundedText(3, 120).meta({
    title: 'Methode',
    description: 'Hoe er is onderzocht, bijvoorbeeld WCAG-EM (volledig onderzoek) of zelfevaluatie.',
  }),
  /** Who evaluated. */
  by: boundedText(2, 120).meta({ title: 'Uitgevoerd door', description: 'Wie het onderzoek deed.' }),
  /** What was evaluated when not the whole site. */
  scope: boundedText(3, 300)
    .optional()
    .meta({ title: 'Wat is onderzocht', description: 'Optioneel: als niet de hele site is onderzocht.' }),
  /** Where the report is. */
  report: z
    .url({ error: 'moet een volledige URL zijn' })
    .optional()
    .meta({ title: 'Rapport', description: 'Optioneel: waar het rapport staat.' }),
});

/** A known problem: what, which criteria, why, and what will be done by when. */
const problemSchema = z.strictObject({
  /** What does not work, in plain words. */
  description: boundedText(10, 400).meta({ title: 'Probleem', description: 'Wat niet goed werkt, in gewone woorden.' }),
  /** The WCAG success criteria it fails. */
  wcag: z
    .array(wcagCriterion, { error: 'moet een lijst van succescriteria zijn, bijvoorbeeld [1.4.11]' })
    .min(1, { error: 'noem minstens één succescriterium van WCAG' })
    .meta({ title: 'WCAG-criteria', description: 'Welke succescriteria het schendt, bijvoorbeeld 1.4.11.' }),
  /** Why it is so, when known. */
  cause: boundedText(5, 300).optional().meta({ title: 'Oorzaak', description: 'Optioneel: waarom het zo is.' }),
  /** What will be done about it. */
  measure: boundedText(5, 300).meta({ title: 'Maatregel', description: 'Wat eraan gedaan wordt.' }),
  /** When it will be fixed: a day, or a month when only that is planned. */
  plannedFix: recordDate.optional().meta({
    title: 'Opgelost in',
    description: 'Wanneer het opgelost is: JJJJ-MM-DD, of JJJJ-MM als alleen de maand gepland is.',
  }),
});

/**
 * The accessibility statement in the official Dutch model, as typed fields in the front matter of
 * `content/pages/toegankelijkheid.mdx`; its body keeps the prose the model leaves free (ambition,
 * what is done already). Optional fields are what the publisher may not know yet; `npm run check`
 * warns while the status is missing or the newest evaluation is more than a year older than the build.
 */
export const accessibilityStatementSchema = z.strictObject({
  /** A to E, as the register's assistant gives it; missing until the publisher fills it in. */
  status: z
    .enum(STATEMENT_STATUSES, { error: `moet een van deze statussen zijn: ${STATEMENT_STATUSES.join(', ')}` })
    .optional()
    .meta({
      title: 'Nalevingsstatus',
      description:
        'A (voldoet volledig), B (voldoet gedeeltelijk), C (eerste maatregelen genomen), D (geen maatregelen genomen) of E (geen verklaring).',
    }),
  /** The standard the site must meet. */
  standard: boundedText(3, 120)
    .default('WCAG 2.1 niveau AA (EN 301 549)')
    .meta({ title: 'Norm', description: 'De norm waaraan de site moet voldoen; standaard WCAG 2.1 niveau AA.' }),
  /** What the statement covers, e.g. the site and its subdomains; defaults to the site's address. */
  scope: boundedText(3, 300)
    .optional()
    .meta({ title: 'Geldt voor', description: 'Optioneel: waar de verklaring voor geldt; anders het webadres van de site.' }),
  /** When the statement was drawn up or last reviewed. */
  statementDate: calendarDate.meta({ title: 'Datum van de verklaring', description: 'Wanneer de verklaring is opgesteld of herzien.' }),
  /** Evaluations, newest first or in any order; the newest counts for the age warning. */
  evaluations: z
    .array(evaluationSchema, { error: 'moet een lijst van onderzoeken zijn (date, method, by)' })
    .default([])
    .meta({ title: 'Onderzoeken', description: 'De onderzoeken naar de toegankelijkheid: datum, methode, door wie.' }),
  /** What is not accessible yet, with the criteria and the plan. */
  knownProblems: z
    .array(problemSchema, { error: 'moet een lijst van problemen zijn (description, wcag, measure)' })
    .default([])
    .meta({ title: 'Bekende problemen', description: 'Wat nog niet toegankelijk is, met de WCAG-criteria en wat eraan gedaan wordt.' }),
  /** When the site will comply fully, when planned. */
  plannedCompliance: recordDate.optional().meta({
    title: 'Voldoet volledig in',
    description: 'Optioneel: wanneer de site volledig zal voldoen (JJJJ-MM-DD of JJJJ-MM).',
  }),
  /** How readers report a problem; the site's contact address when left out. */
  contact: z
    .strictObject({
      email: z.email({ error: 'moet een e-mailadres zijn' }).optional().meta({ title: 'E-mail' }),
      url: z.url({ error: 'moet een volledige URL zijn' }).optional().meta({ title: 'Webformulier' }),
      phone: boundedText(6, 40).optional().meta({ title: 'Telefoon' }),
      /** Working days within which a report is answered. */
      responseDays: z.number().int().min(1).max(60).optional().meta({ title: 'Antwoord binnen (werkdagen)' }),
    })
    .default({})
    .meta({ title: 'Contact bij problemen', description: 'Optioneel: anders het contactadres uit site.yaml.' }),
  /** The statement's page in the national register, once it is registered. */
  register: z.url({ error: 'moet een volledige URL zijn' }).optional().meta({
    title: 'Register',
    description: 'De pagina van deze verklaring in het register van digitoegankelijk.nl, zodra hij geregistreerd is.',
  }),
});
export type AccessibilityStatement = z.output<typeof accessibilityStatementSchema>;
