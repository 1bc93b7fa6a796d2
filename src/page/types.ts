/** The article as the page reader finds it: its text (paragraphs joined by "\n\n") and how that text maps to the DOM. */
export interface ArticleText {
  title: string | null;
  /** Paragraph texts joined by a blank line ("\n\n"): the text every report offset refers to. */
  text: string;
  /** Start offset of each paragraph in `text`. */
  paragraphStarts: number[];
}
