import textwrap
text = 'Hello there. How are you? Fine! "Quoted." Dr. Smith said so. Mr. X. A.B. end. 3. four. Yes!" Ok.'
for width in [15, 30, 60]:
    print(textwrap.wrap(text, width, fix_sentence_endings=True))
print(textwrap.fill('First sentence. Second one? Third!', 80, fix_sentence_endings=True))
print(textwrap.fill('Ends with quote." Next. Done.\' Then', 80, fix_sentence_endings=True))
print(textwrap.fill('Upper END. lower end. Number 5. x', 80, fix_sentence_endings=True))
print(textwrap.fill('No  double.  Spaces  here.', 80, fix_sentence_endings=True))
print(textwrap.fill('Tab.\tafter and newline.\nnext', 80, fix_sentence_endings=True))
print(textwrap.fill('a. b. c.', 3, fix_sentence_endings=True))
print(textwrap.wrap('Sentence one. Sentence two.', 14, fix_sentence_endings=True, drop_whitespace=False))
