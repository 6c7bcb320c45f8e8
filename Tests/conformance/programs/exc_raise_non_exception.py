raise 'just a string'
