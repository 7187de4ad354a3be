"""Annotators: language-free code that applies lang data to text."""
