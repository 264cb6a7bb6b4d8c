"""Built-in content: templates, the default channel list and the sample project.

Texts are written in English and marked with ``QT_TRANSLATE_NOOP`` so that
``pyside6-lupdate`` collects them into ``translations/``; whoever builds a map
passes a ``translate(context, text)`` function for the language wanted. That
keeps this package free of Qt while every text still goes through Qt's
translation files.
"""
