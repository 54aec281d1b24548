package kz.shagym.printout;

/**
 * How many lines a text takes when wrapped at a width, as Excel wraps it: at spaces, and inside a word only
 * when the word alone is wider than the line. An estimate (fonts differ), erring on the side of one line too
 * many: a row a little too tall reads fine, one too short hides text.
 */
final class TextLines {

    private TextLines() {
    }

    /**
     * Small letters of the default fonts are narrower than the digit a column's width is counted in: Calibri 11
     * (Carlito as LibreOffice prints it) fits about 1.35 Russian or Kazakh letters to a unit; a little less is taken.
     */
    private static final double LETTERS_PER_UNIT = 1.25;

    /**
     * @param width the width in Excel's character units (the width of a digit of the sheet's font)
     */
    static int count(String text, double width) {
        double capacity = Math.max(1, width * LETTERS_PER_UNIT - 1);
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            lines += paragraphLines(paragraph, capacity);
        }
        return Math.max(1, lines);
    }

    private static int paragraphLines(String paragraph, double capacity) {
        int lines = 1;
        double used = 0;
        for (String word : paragraph.strip().split(" +")) {
            double w = weight(word);
            double withSpace = used == 0 ? w : used + 0.5 + w;
            if (withSpace <= capacity) {
                used = withSpace;
            } else if (w <= capacity) {
                lines++;
                used = w;
            } else {
                int more = (int) Math.ceil(w / capacity);
                lines += used == 0 ? more - 1 : more;
                used = w - (more - 1) * capacity;
            }
        }
        return lines;
    }

    /** Capitals and wide letters take more room than digits, narrow marks less. */
    private static double weight(String word) {
        double w = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (".,;:!|'()[]ilіjtf".indexOf(c) >= 0) {
                w += 0.5;
            } else if (Character.isUpperCase(c) || "мшщжюыфМШЩЖЮЫФ".indexOf(c) >= 0) {
                w += 1.25;
            } else {
                w += 1.0;
            }
        }
        return w;
    }
}
