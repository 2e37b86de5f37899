// Placeholder until the stage lands; keeps the library target non-empty.
namespace actorgraph { void GraphStagePlaceholder() {} }
