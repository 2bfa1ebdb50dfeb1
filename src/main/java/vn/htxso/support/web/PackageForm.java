package vn.htxso.support.web;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.htxso.support.Programmes;

/** The form of a new package in a programme's catalogue. */
public class PackageForm {

    @NotNull(message = "{support.package.provider.required}")
    private UUID providerId;
    @NotBlank(message = "{support.package.code.invalid}")
    @Pattern(regexp = "[A-Za-z0-9_-]{1,30}", message = "{support.package.code.invalid}")
    private String code;
    @NotBlank(message = "{support.package.name.required}")
    @Size(max = 255, message = "{support.package.name.required}")
    private String name;
    @NotBlank(message = "{support.package.content.required}")
    @Size(max = 2000, message = "{support.package.content.required}")
    private String content;
    @NotNull(message = "{support.money.required}")
    @Min(value = 1, message = "{support.money.positive}")
    @Max(value = ProgrammeForm.MAX_VND, message = "{support.money.tooLarge}")
    private Long priceVnd;
    @NotEmpty(message = "{support.package.dimensions.required}")
    private Set<String> dimensions = new HashSet<>();

    Programmes.NewPackage toNew() {
        return new Programmes.NewPackage(providerId, code, name, content, priceVnd, Set.copyOf(dimensions));
    }

    public UUID getProviderId() { return providerId; }
    public void setProviderId(UUID providerId) { this.providerId = providerId; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getContent() { return content; }
    public void setContent(String content) { this.content = content; }
    public Long getPriceVnd() { return priceVnd; }
    public void setPriceVnd(Long priceVnd) { this.priceVnd = priceVnd; }
    public Set<String> getDimensions() { return dimensions; }
    public void setDimensions(Set<String> dimensions) { this.dimensions = dimensions; }
}
