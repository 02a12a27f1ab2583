/**
 * Guard against answers arriving out of order: each call to the returned function starts a new
 * request and gives back `isCurrent`, true only while no later request has started. A view that
 * re-queries on every click draws only the answer to the last click.
 */
export function latest(): () => () => boolean {
  let ticket = 0;
  return () => {
    const mine = ++ticket;
    return () => mine === ticket;
  };
}
