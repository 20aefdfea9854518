"""Facility tracker pipeline: articles -> place mentions -> facility claims -> facilities -> store."""
