"""The question engine: parse(question, context) -> Query, execute(Query) -> Answer."""
