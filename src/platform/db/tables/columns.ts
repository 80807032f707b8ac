// Column shapes shared by the table types.
import type { ColumnType } from 'kysely';

export type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
export type DefaultedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** `date` columns are read as 'YYYY-MM-DD' text (selected with ::text) and written as such. */
export type DateColumn = ColumnType<string, string, string>;
