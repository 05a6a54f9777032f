package org.evidencecatalogue.drug;

public enum ApprovalKind {

    MARKETING_AUTHORISATION("Marketing authorisation"), INDICATION_APPROVAL("Approval for an indication"),
    EMERGENCY_USE_AUTHORISATION("Emergency use authorisation"), COMMISSIONING_POLICY("Commissioning policy");

    private final String label;

    ApprovalKind(String label) {
        this.label = label;
    }

    public String label() {
        return this.label;
    }

}
