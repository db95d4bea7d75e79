package dev.mynalab.reports.input;

/**
 * One entry of {@code features/requirements.yaml} as the report needs it. The catalogue's own
 * consistency check lives in step-definitions ({@code RequirementCatalogueTest}); this reader only
 * reads, so that the report module depends on files and not on the living-spec code.
 */
public record CatalogueEntry(
    String id,
    String titleJa,
    String titleEn,
    String source,
    String effectiveFrom,
    String effectiveTo,
    String status,
    String stage,
    String deviation) {

  /** True for a {@code planned} entry: not demonstrated yet, a known deviation. */
  public boolean planned() {
    return "planned".equals(status);
  }
}
