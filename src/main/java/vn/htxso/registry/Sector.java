package vn.htxso.registry;

/** The sectors of API.md's import columns. */
public enum Sector {
    AGRICULTURE, FORESTRY, FISHERY, HANDICRAFT, SERVICES, CREDIT, TRANSPORT, TRADE, CONSTRUCTION, ENVIRONMENT, OTHER
}
