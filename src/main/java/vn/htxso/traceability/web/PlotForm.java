package vn.htxso.traceability.web;

import vn.htxso.traceability.FarmDiary;
import vn.htxso.traceability.Standard;

/** A manager's form for a new plot. */
public class PlotForm {

    private String name;
    private String communeName;
    private Long areaM2;
    private String crop;
    private Standard standard;

    FarmDiary.NewPlot toNewPlot() {
        return new FarmDiary.NewPlot(name, communeName, areaM2 == null ? 0 : areaM2, crop, standard);
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getCommuneName() { return communeName; }
    public void setCommuneName(String communeName) { this.communeName = communeName; }
    public Long getAreaM2() { return areaM2; }
    public void setAreaM2(Long areaM2) { this.areaM2 = areaM2; }
    public String getCrop() { return crop; }
    public void setCrop(String crop) { this.crop = crop; }
    public Standard getStandard() { return standard; }
    public void setStandard(Standard standard) { this.standard = standard; }
}
