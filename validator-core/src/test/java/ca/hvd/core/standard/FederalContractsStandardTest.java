package ca.hvd.core.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import ca.hvd.core.source.ColumnBinding;
import ca.hvd.core.source.HeaderMatcher;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What {@code federal-contracts@1.0.0} took from the registry template {@code contracts.yaml}
 * (open-data/ckanext-canada) and from the combined file published on open.canada.ca.
 */
class FederalContractsStandardTest {

    private static final Standard STANDARD = StandardRegistry.bundled().resolve("federal-contracts@1.0.0");

    /** The header of the combined CSV file on open.canada.ca: the template's ids, then the organization. */
    static final List<String> PUBLISHED_HEADER = List.of(
            "reference_number", "procurement_id", "vendor_name", "vendor_postal_code", "buyer_name", "contract_date",
            "economic_object_code", "description_en", "description_fr", "contract_period_start", "delivery_date",
            "contract_value", "original_value", "amendment_value", "comments_en", "comments_fr", "additional_comments_en",
            "additional_comments_fr", "agreement_type_code", "trade_agreement", "land_claims", "commodity_type",
            "commodity_code", "country_of_vendor", "solicitation_procedure", "limited_tendering_reason",
            "trade_agreement_exceptions", "indigenous_business", "indigenous_business_excluding_psib",
            "intellectual_property", "potential_commercial_exploitation", "former_public_servant", "contracting_entity",
            "standing_offer_number", "instrument_type", "ministers_office", "number_of_bids", "article_6_exceptions",
            "award_criteria", "socioeconomic_indicator", "reporting_period", "owner_org", "owner_org_title");

    private static Field field(String name) {
        return STANDARD.field(name).orElseThrow();
    }

    @Test
    void theFieldsAreTheTemplatesPublicFieldsThenTheOrganization() {
        assertThat(STANDARD.fields()).extracting(Field::name).containsExactlyElementsOf(PUBLISHED_HEADER);
    }

    @Test
    void onlyWhatTheTemplateRequiresOfEveryRowIsRequired() {
        assertThat(STANDARD.fields()).filteredOn(Field::required).extracting(Field::name)
                .containsExactly("reference_number", "contract_date");
    }

    @Test
    void aReferenceNumberIsUniqueWithinItsOrganization() {
        assertThat(STANDARD.uniqueKeys()).containsExactly(new UniqueKey(List.of("owner_org", "reference_number")));
        assertThat(STANDARD.rules()).isEmpty();
    }

    @Test
    void theTextArrayFieldsOfTheTemplateAreCommaSeparated() {
        assertThat(STANDARD.fields()).filteredOn(Field::multiValued).extracting(Field::name, Field::separator)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("trade_agreement", ","),
                        org.assertj.core.groups.Tuple.tuple("land_claims", ","),
                        org.assertj.core.groups.Tuple.tuple("limited_tendering_reason", ","),
                        org.assertj.core.groups.Tuple.tuple("trade_agreement_exceptions", ","));
    }

    @Test
    void datesAmountsAndCountsHaveTheTemplatesTypesAndAmountsMayBeNegative() {
        assertThat(STANDARD.fields()).filteredOn(f -> f.type() != FieldType.STRING).extracting(Field::name, Field::type)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("contract_date", FieldType.DATE),
                        org.assertj.core.groups.Tuple.tuple("contract_period_start", FieldType.DATE),
                        org.assertj.core.groups.Tuple.tuple("delivery_date", FieldType.DATE),
                        org.assertj.core.groups.Tuple.tuple("contract_value", FieldType.NUMBER),
                        org.assertj.core.groups.Tuple.tuple("original_value", FieldType.NUMBER),
                        org.assertj.core.groups.Tuple.tuple("amendment_value", FieldType.NUMBER),
                        org.assertj.core.groups.Tuple.tuple("number_of_bids", FieldType.INTEGER));
        assertThat(STANDARD.fields()).filteredOn(f -> f.constraints().hasRange()).isEmpty();
    }

    @Test
    void lengthsAndPatternsAreThoseTheTemplatesTriggerEnforces() {
        assertThat(field("economic_object_code").constraints().maxLength()).isEqualTo(4);
        assertThat(field("commodity_code").constraints().maxLength()).isEqualTo(8);
        assertThat(field("vendor_postal_code").constraints().pattern()).isEqualTo("^([A-Z][0-9][A-Z]|NA)$");
        assertThat(field("reporting_period").constraints().pattern()).isEqualTo("^[0-9]{4}-[0-9]{4}-Q[1-4]$");
        assertThat(STANDARD.fields()).filteredOn(f -> f.constraints().hasLength() || f.constraints().pattern() != null)
                .extracting(Field::name)
                .containsExactly("vendor_postal_code", "economic_object_code", "commodity_code", "reporting_period");
    }

    @Test
    void everyChoiceListOfTheTemplateIsACodeList() {
        Map<String, String> codeListOfField = new LinkedHashMap<>();
        STANDARD.fields().forEach(f -> f.codeListName().ifPresent(list -> codeListOfField.put(f.name(), list)));
        Map<String, Integer> sizes = new LinkedHashMap<>();
        STANDARD.codeLists().forEach((name, list) -> sizes.put(name, list.entries().size()));

        assertThat(codeListOfField).containsExactly(
                entry("agreement_type_code", "agreement-types"),
                entry("trade_agreement", "trade-agreements"),
                entry("land_claims", "land-claims"),
                entry("commodity_type", "commodity-types"),
                entry("country_of_vendor", "countries"),
                entry("solicitation_procedure", "solicitation-procedures"),
                entry("limited_tendering_reason", "limited-tendering-reasons"),
                entry("trade_agreement_exceptions", "trade-agreement-exceptions"),
                entry("indigenous_business", "indigenous-business"),
                entry("indigenous_business_excluding_psib", "yes-no"),
                entry("intellectual_property", "intellectual-property"),
                entry("potential_commercial_exploitation", "yes-no"),
                entry("former_public_servant", "yes-no"),
                entry("contracting_entity", "contracting-entities"),
                entry("instrument_type", "instrument-types"),
                entry("ministers_office", "yes-no"),
                entry("article_6_exceptions", "article-6-exceptions"),
                entry("award_criteria", "award-criteria"),
                entry("socioeconomic_indicator", "socioeconomic-indicators"));
        assertThat(sizes).containsExactly(
                entry("agreement-types", 45), entry("trade-agreements", 14), entry("land-claims", 27),
                entry("commodity-types", 3), entry("countries", 250), entry("solicitation-procedures", 5),
                entry("limited-tendering-reasons", 20), entry("trade-agreement-exceptions", 15),
                entry("indigenous-business", 3), entry("yes-no", 2), entry("intellectual-property", 13),
                entry("contracting-entities", 7), entry("instrument-types", 3), entry("article-6-exceptions", 5),
                entry("award-criteria", 6), entry("socioeconomic-indicators", 2));
    }

    @Test
    void codeListsKeepTheTemplatesCodesAndBilingualLabels() {
        CodeList trade = STANDARD.codeLists().get("trade-agreements");
        assertThat(trade.find("EU").orElseThrow().label().fr()).isEqualTo("Accord économique et commercial global");
        assertThat(trade.codes()).contains("XX", "CA", "EU", "UK", "UA").doesNotContain("", "XY");
        assertThat(STANDARD.codeLists().get("limited-tendering-reasons").codes()).contains("00", "05", "90").doesNotContain("5");
        assertThat(STANDARD.codeLists().get("countries").find("CI").orElseThrow().label().fr()).isEqualTo("Côte d’Ivoire");
        assertThat(STANDARD.codeLists().get("article-6-exceptions").codes()).containsExactlyInAnyOrder("0", "1", "2", "3", "4");
    }

    @Test
    void theEnglishAndFrenchLabelsOfTheTemplateAreAcceptedAsHeaders() {
        HeaderMatcher matcher = HeaderMatcher.of(STANDARD);
        ColumnBinding english = matcher.bind(List.of("Reference Number", "Contract Date", "Trade Agreement",
                "Procurement Identification Number", "Minister's Office Contracts", "owner_org"));
        ColumnBinding french = matcher.bind(List.of("Numéro de référence", "Date du contrat", "Accord commercial",
                "Numéro d’identification d’approvisionnement", "Nombre do soumissions", "Période de déclaration"));

        assertThat(english.issues()).noneMatch(issue -> issue.columnName() != null);
        assertThat(french.issues()).noneMatch(issue -> issue.columnName() != null);
        assertThat(english.columnOf(ca.hvd.core.source.Wanted.Role.FIELD, "ministers_office")).isEqualTo(4);
        assertThat(french.columnOf(ca.hvd.core.source.Wanted.Role.FIELD, "number_of_bids")).isEqualTo(4);
    }

    @Test
    void theStandardNamesTheTemplateAndTheCommitItWasReadAt() {
        Basis template = STANDARD.basedOn().get(0);
        assertThat(template.url()).isEqualTo("https://github.com/open-data/ckanext-canada/blob/"
                + "40b7ef36c351cde18e784687c814796bbe1b85e0/ckanext/canada/tables/contracts.yaml");
        assertThat(template.title().en()).contains("contracts.yaml", "template_version 3");
        assertThat(template.note().en()).contains("open-data/ckanext-canada", "40b7ef36c351cde18e784687c814796bbe1b85e0");
        assertThat(STANDARD.description().en()).contains("Derived from", "not an official text of the working group");
        assertThat(STANDARD.description().fr()).contains("Dérivée du", "pas un texte officiel du groupe de travail");
    }
}
