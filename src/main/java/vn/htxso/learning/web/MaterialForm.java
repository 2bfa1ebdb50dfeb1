package vn.htxso.learning.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An officer's form adding a file to the materials library (the file comes as the part {@code file}). */
class MaterialForm {

    static final String LANGUAGES = "vi|THAI|HMONG|DAO|KHMER";

    @NotBlank(message = "{learning.material.title.required}")
    @Size(max = 200, message = "{learning.material.title.size}")
    private String title;
    @NotBlank(message = "{learning.material.language}")
    @Pattern(regexp = LANGUAGES, message = "{learning.material.language}")
    private String language = "vi";
    @NotBlank(message = "{learning.material.licence.required}")
    @Size(max = 100, message = "{learning.material.licence.required}")
    private String licence = "CC BY 4.0";

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public String getLicence() { return licence; }
    public void setLicence(String licence) { this.licence = licence; }
}
