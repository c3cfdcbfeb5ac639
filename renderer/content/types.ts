/** Where a piece of advice comes from. Every item a person reads cites one. */
export interface Source {
  publisher: string;
  title: string;
  url: string;
}
