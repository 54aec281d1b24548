package kz.shagym.printout;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A wrapping, top-aligned twin of each cell style a sheet uses, made once per style. The twin keeps the
 * original's number format, so a date cell stays a date and reads back as the same value.
 */
final class WrappedStyles {

    private final XSSFWorkbook workbook;
    private final Map<Integer, XSSFCellStyle> twins = new HashMap<>();

    WrappedStyles(XSSFWorkbook workbook) {
        this.workbook = workbook;
    }

    XSSFCellStyle of(XSSFCellStyle original) {
        if (original.getWrapText() && original.getVerticalAlignment() == VerticalAlignment.TOP) {
            return original;
        }
        return twins.computeIfAbsent((int) original.getIndex(), index -> {
            XSSFCellStyle twin = workbook.createCellStyle();
            twin.cloneStyleFrom(original);
            twin.setWrapText(true);
            twin.setVerticalAlignment(VerticalAlignment.TOP);
            return twin;
        });
    }
}
