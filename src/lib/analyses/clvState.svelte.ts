/**
 * Which data the per-customer table customer_clv belongs to: the session's dataVersion when the
 * CLV view last fitted the models (0 = never), and which of its columns hold values (P(alive)
 * needs BG/NBD; CLV also needs Gamma-Gamma). The lifecycle, value-matrix and customer-list views
 * use the fitted values only when `version` equals the data they show, so a table left over
 * from an earlier import is ignored.
 */
export const clvState = $state({ version: 0, hasPAlive: false, hasClv: false });
