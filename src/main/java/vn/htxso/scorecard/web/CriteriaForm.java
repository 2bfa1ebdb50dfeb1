package vn.htxso.scorecard.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import vn.htxso.scorecard.CriteriaSet;
import vn.htxso.scorecard.Indicator;
import vn.htxso.scorecard.IndicatorInput;
import vn.htxso.scorecard.Measure;

/**
 * The criteria-set editor: one row per indicator, plus empty rows to add one. Numbers are kept as typed so that a
 * wrong one comes back next to its field instead of failing the binding.
 */
public class CriteriaForm {

    private int baseVersion;
    private String note;
    private List<Row> rows = new ArrayList<>();

    static CriteriaForm of(CriteriaSet set, boolean own) {
        CriteriaForm form = new CriteriaForm();
        form.baseVersion = own ? set.version() : 0;
        for (Indicator i : set.indicators()) {
            Row row = new Row();
            row.setMeasure(i.measure().name());
            row.setName(i.name());
            row.setTarget(i.target().stripTrailingZeros().toPlainString());
            row.setWeight(String.valueOf(i.weight()));
            form.rows.add(row);
        }
        form.padRows();
        return form;
    }

    /** Adds empty rows so that every measure could be added. */
    void padRows() {
        while (rows.size() < Measure.values().length) {
            rows.add(new Row());
        }
    }

    List<IndicatorInput> inputs() {
        return rows.stream().map(r -> new IndicatorInput(r.getMeasure(), r.getName(), decimal(r.getTarget()),
                integer(r.getWeight()))).toList();
    }

    static BigDecimal decimal(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static Integer integer(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public int getBaseVersion() {
        return baseVersion;
    }

    public void setBaseVersion(int baseVersion) {
        this.baseVersion = baseVersion;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public List<Row> getRows() {
        return rows;
    }

    public void setRows(List<Row> rows) {
        this.rows = rows;
    }

    /** One indicator row. */
    public static class Row {
        private String measure;
        private String name;
        private String target;
        private String weight;

        public String getMeasure() {
            return measure;
        }

        public void setMeasure(String measure) {
            this.measure = measure;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getTarget() {
            return target;
        }

        public void setTarget(String target) {
            this.target = target;
        }

        public String getWeight() {
            return weight;
        }

        public void setWeight(String weight) {
            this.weight = weight;
        }
    }
}
