// A calendar day as the API takes it ("2024-02-29"): the format, and a day the calendar really has,
// so "2024-02-30" is a 400 at the schema edge rather than an error from a PostgreSQL date cast.
import { z } from 'zod';
import { isIsoDate } from '../periods/periods.ts';

export const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Tanggal harus berformat YYYY-MM-DD')
  .refine(isIsoDate, 'Tanggal tidak ada pada kalender');
