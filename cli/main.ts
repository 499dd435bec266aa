console.log('pilah');
