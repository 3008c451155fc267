enum ExtractionPlaceholder {}
